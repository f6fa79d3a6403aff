import type { ComponentChildren } from 'preact';

/** A panel-wide state ("still reading", "not a news article") said plainly, with what to do next. */
export function StateMessage(props: { title: string; children?: ComponentChildren; busy?: boolean; tone?: 'info' | 'error' }) {
  return (
    <section class={`state state-${props.tone ?? 'info'}`} role={props.tone === 'error' ? 'alert' : 'status'} aria-busy={props.busy ? 'true' : undefined}>
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}
