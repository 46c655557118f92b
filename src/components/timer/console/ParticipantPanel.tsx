import { useState } from 'preact/hooks';
import { useQrCode } from '../common/qr';

interface Props {
  /** The participant countdown link of the running exercise, or null when none runs. */
  link: string | null;
  /** The live workshop's link for phones (they follow every change), or null when not live. */
  liveLink: string | null;
  title: string | null;
  announce: (text: string) => void;
}

/** The participants' countdown link, its QR code on request, and what the link cannot do. */
export function ParticipantPanel({ link: countdownLink, liveLink, title, announce }: Props) {
  const [showQr, setShowQr] = useState(false);
  const link = liveLink ?? countdownLink;
  const qr = useQrCode(link, showQr);
  const copy = () => {
    if (!link) return;
    navigator.clipboard.writeText(link).then(
      () => announce('Link copied.'),
      () => announce('Could not copy: select the link and copy it by hand.'),
    );
  };

  return (
    <section class="panel console-share" aria-labelledby="console-share-heading">
      <h2 id="console-share-heading">{liveLink ? "Participants' phones" : "Participants' countdown"}</h2>
      {liveLink ? (
        <p data-console-live>
          The workshop is live: phones that open this link follow every start, pause, added minute and stop, on the live
          server's clock. The projector shows the same code between exercises.
        </p>
      ) : (
        <p class="console-offline" data-console-offline>
          The workshop is not live, so phones won't see a pause, added minutes or a stop: the link carries the end time,
          so after any change share the new link (or let them scan the code again). Started from the kit's own server, a
          live workshop (“Live workshop”, at the end of this page) has every phone follow this console.
        </p>
      )}
      {link ? (
        <>
          {!liveLink && <p>A read-only countdown of {title} for participants' own devices.</p>}
          <p class="console-link-row">
            <label for="console-participant-link">Participant link</label>
            <input id="console-participant-link" type="url" readOnly value={link} data-participant-link />
            <button type="button" onClick={copy}>
              Copy link
            </button>
            <button
              type="button"
              aria-expanded={showQr ? 'true' : 'false'}
              aria-controls="console-qr"
              onClick={() => setShowQr(!showQr)}
            >
              {showQr ? 'Hide QR code' : 'Show QR code'}
            </button>
          </p>
          <div id="console-qr" class="console-qr" hidden={!showQr}>
            {qr.failed ? (
              <p>The QR code could not be made; share the link instead.</p>
            ) : qr.src ? (
              <img
                src={qr.src}
                width={240}
                height={240}
                alt={`QR code of the participant link${liveLink ? '' : ` for ${title ?? 'the exercise'}`}`}
                data-qr
              />
            ) : (
              <p>Making the QR code…</p>
            )}
          </div>
        </>
      ) : (
        <p>Start the active exercise's timer to get a link and a QR code for participants' devices.</p>
      )}
    </section>
  );
}
