/** The de table: every area of ../en, translated. */
import { common } from './common';

export const de = { ...common } as const;
