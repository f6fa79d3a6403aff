/** The fr table: every area of ../en, translated. */
import { common } from './common';
import { detect } from './detect';
import { feeds } from './feeds';
import { format } from './format';
import { options } from './options';
import { page } from './page';
import { panel } from './panel';
import { popup } from './popup';
import { reader } from './reader';

export const frAreas = { common, format, panel, detect, page, popup, options, feeds, reader } as const;

export const fr = { ...common, ...format, ...panel, ...detect, ...page, ...popup, ...options, ...feeds, ...reader } as const;
