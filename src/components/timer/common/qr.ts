import { useEffect, useState } from 'preact/hooks';

/**
 * A QR code of `link` as an SVG data URL, made only while `wanted`: the encoder is loaded on
 * first use, so it is not part of any page's first download. `failed` when it could not be made.
 */
export function useQrCode(link: string | null, wanted: boolean): { src: string | null; failed: boolean } {
  const [qr, setQr] = useState<{ link: string; src: string } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || !link || qr?.link === link) return;
    let cancelled = false;
    import('qrcode')
      .then(async (module) => {
        // A CommonJS package: its API is the default export, or the namespace itself.
        const encoder = (module.default as typeof module | undefined) ?? module;
        const svg = await encoder.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
        if (!cancelled) setQr({ link, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [wanted, link, qr?.link]);
  return { src: qr && qr.link === link ? qr.src : null, failed };
}
