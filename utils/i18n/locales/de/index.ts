/** The de table: every area of ../en, translated. */
import { common } from './common';
import { format } from './format';

export const de = { ...common, ...format } as const;
