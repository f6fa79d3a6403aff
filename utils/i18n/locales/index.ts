/**
 * The English messages, one file per area of the interface, merged: their keys are the names the
 * whole code base may ask for (a typo or a removed message fails type checking). Keys are
 * `snake_case` ASCII (what `_locales` allows) and unique across areas (a test checks); a plural
 * message is a family `<key>_one`, `<key>_other` (and any other CLDR category a language needs,
 * e.g. French `_many`).
 */
import { common } from './en/common';
import { detect } from './en/detect';
import { feeds } from './en/feeds';
import { format } from './en/format';
import { options } from './en/options';
import { page } from './en/page';
import { panel } from './en/panel';
import { popup } from './en/popup';
import { reader } from './en/reader';

/** The areas, each its own file in every language. */
export const enAreas = { common, format, panel, detect, page, popup, options, feeds, reader } as const;

export const en = { ...common, ...format, ...panel, ...detect, ...page, ...popup, ...options, ...feeds, ...reader } as const;

/** The name of a message. */
export type MessageKey = keyof typeof en & string;

/** The stem of a plural family: `articles` for `articles_one` / `articles_other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** A translation of an area: every English key, each a string (the compiler checks none is missing). */
export type Translation<T> = { readonly [K in keyof T]: string } & { readonly [extra: `${string}_many` | `${string}_few` | `${string}_zero` | `${string}_two`]: string };
