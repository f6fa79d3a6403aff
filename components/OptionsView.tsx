import type { CorpusInfo } from '../utils/messaging/protocol';

/** The reader's corpus at a glance, and the plain promise that it never leaves the device. */
export function OptionsView(props: { info: CorpusInfo | null; error: string | null }) {
  return (
    <div class="options">
      <h1>Crossread</h1>
      <section class="section" aria-labelledby="corpus">
        <h2 id="corpus">Your corpus</h2>
        {props.error && <p role="alert" class="state-error">{props.error}</p>}
        {props.info ? (
          <p>
            {props.info.articles} articles and {props.info.quotes} quotations, stored in this browser.
          </p>
        ) : (
          !props.error && <p aria-busy="true">Counting…</p>
        )}
      </section>
      <section class="section" aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p>
          Everything stays on this device: the articles, their index and the quotations live in this browser's storage.
          Crossread has no server and no account. It makes a network request only when you ask it to read a link with
          “Find related coverage”.
        </p>
      </section>
    </div>
  );
}
