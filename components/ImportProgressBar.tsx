import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n-context';

export interface ImportProgress {
  phase: 'reading' | 'analysing' | 'saving';
  done: number;
  total: number;
}

/** Listens to an import's progress notices; returns how to stop listening. */
export type WatchProgress = (listener: (p: ImportProgress) => void) => () => void;

/** Each phase's "Reading 200 of 1,000". */
const PHASE = { reading: 'opt_phase_reading', analysing: 'opt_phase_analysing', saving: 'opt_phase_saving' } as const;

/**
 * The running import's progress bar, with its own state: a progress notice re-renders this and
 * nothing else (the corpus table above it is never drawn again for a tick).
 */
export function ImportProgressBar(props: { watch: WatchProgress }) {
  const i18n = useI18n();
  const [p, setP] = useState<ImportProgress | null>(null);
  useEffect(() => props.watch(setP), [props.watch]);
  return (
    <div class="progress" role="status">
      <progress max={p?.total ?? 1} value={p?.done ?? 0} aria-label={i18n.t('opt_import_progress')} />
      <span>{p ? i18n.t(PHASE[p.phase], { done: p.done, total: p.total }) : i18n.t('opt_reading_file')}</span>
    </div>
  );
}
