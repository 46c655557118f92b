import { useState } from 'preact/hooks';

/** A capability link: copy it, open it, or show its QR code (drawn on demand, in the page). */
export default function LinkWithCode({ label, href }: { label: string; href: string }) {
  const [code, setCode] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div class="live-link">
      <p>
        <a href={href} target="_blank" rel="noopener" data-live-link={label}>
          {label}
        </a>
      </p>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard
            ?.writeText(href)
            .then(() => setCopied(true))
            .catch(() => setCopied(false))
        }
      >
        Copy link
      </button>{' '}
      <button
        type="button"
        aria-expanded={code !== null}
        onClick={() => {
          if (code) {
            setCode(null);
            return;
          }
          void import('qrcode').then((qr) => qr.toDataURL(href, { margin: 1, width: 240 })).then(setCode);
        }}
      >
        {code ? 'Hide QR code' : 'Show QR code'}
      </button>
      {copied ? <span role="status"> Copied.</span> : null}
      {code ? <img src={code} alt={`QR code: ${label}`} width={240} height={240} /> : null}
    </div>
  );
}
