/**
 * The small card shown when the reader hovers a marked quotation, and a short toast, both inside
 * one Shadow DOM root: the page's styles cannot reach in, ours cannot leak out, and nothing
 * in the article's layout moves. Text is set with textContent only: page text is never markup.
 */
import type { PageMark } from '../coverage/marks';
import { outletName } from '../coverage/format';
import { messagePieces } from '../i18n/slots';
import { english, type I18n } from '../i18n/translate';

const CSS = `
:host { all: initial; }
.card, .toast { position: fixed; z-index: 2147483647; max-width: 360px; font: 13px/1.45 system-ui, sans-serif;
  background: #fff; color: #1b1f24; border: 1px solid #c9d1da; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; }
.card[hidden], .toast[hidden] { display: none; }
.who { font-weight: 700; margin: 0 0 4px; }
.also { color: #4d5661; margin: 0 0 6px; }
.other { margin: 4px 0; }
.outlet { font-weight: 600; }
ins { background: #d7f5dd; color: #0b3d17; text-decoration: none; }
del { background: #fbdada; color: #6b0d0d; }
.toast { bottom: 16px; right: 16px; }
@media (prefers-color-scheme: dark) {
  .card, .toast { background: #1f242b; color: #e8eaed; border-color: #3a424c; }
  .also { color: #aab2bc; }
  ins { background: #17432a; color: #c9f2d4; } del { background: #4d1a1a; color: #f7caca; }
}`;

export interface PageUi {
  host: HTMLElement;
  showCard(mark: PageMark, x: number, y: number): void;
  hideCard(): void;
  toast(message: string): void;
  remove(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Creates the Shadow DOM host (once per page) holding the card and the toast; its words in the reader's language. */
export function createPageUi(doc: Document, i18n: I18n = english): PageUi {
  const host = doc.createElement('crossread-ui');
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style');
  style.textContent = CSS;
  const card = el(doc, 'div', 'card');
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  const toast = el(doc, 'div', 'toast');
  toast.setAttribute('role', 'status');
  toast.hidden = true;
  root.append(style, card, toast);
  doc.documentElement.append(host);
  let toastTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    host,
    showCard(mark, x, y) {
      card.replaceChildren();
      card.append(el(doc, 'p', 'who', mark.speaker));
      const outlets = [...new Set(mark.others.map((o) => outletName(o.source, i18n)))];
      card.append(el(doc, 'p', 'also', i18n.t('page_also_carried', { outlets: outlets.join(', ') })));
      const quoted = messagePieces(i18n.t('quoted'), ['text']);
      for (const o of mark.others.slice(0, 4)) {
        const p = el(doc, 'p', 'other');
        p.append(el(doc, 'span', 'outlet', i18n.t('page_outlet_label', { outlet: outletName(o.source, i18n) })));
        if (o.diff) {
          // The wording in the language's quotation marks: the message's text around its {text} slot.
          for (const piece of quoted) {
            if (typeof piece === 'string') {
              p.append(piece);
              continue;
            }
            for (const d of o.diff) {
              if (d.op === 'same') p.append(`${d.text} `);
              else {
                const changed = el(doc, d.op === 'add' ? 'ins' : 'del', undefined, `${d.text} `);
                changed.title = i18n.t(d.op === 'add' ? 'wording_added' : 'wording_removed');
                p.append(changed);
              }
            }
          }
        } else {
          p.append(i18n.t('page_same_wording'));
        }
        card.append(p);
      }
      card.hidden = false;
      const w = doc.defaultView?.innerWidth ?? 800;
      const h = doc.defaultView?.innerHeight ?? 600;
      const rect = card.getBoundingClientRect();
      card.style.left = `${Math.max(8, Math.min(x + 12, w - rect.width - 8))}px`;
      card.style.top = `${y + 16 + rect.height > h ? Math.max(8, y - rect.height - 12) : y + 16}px`;
    },
    hideCard() {
      card.hidden = true;
    },
    toast(message) {
      toast.textContent = message;
      toast.hidden = false;
      clearTimeout(toastTimer);
      toastTimer = setTimeout(() => (toast.hidden = true), 2500);
    },
    remove() {
      host.remove();
    },
  };
}
