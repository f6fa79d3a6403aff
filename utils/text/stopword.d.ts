/** Types for the `stopword` package (it ships none): each language is a plain array of lower-case words. */
declare module 'stopword' {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
  export const ita: string[];
  export const nld: string[];
  export const por: string[];
  export const ron: string[];
  export const tur: string[];
  export const swe: string[];
  export const dan: string[];
  export const nob: string[];
  export const fin: string[];
  export const pol: string[];
  export const ces: string[];
  export const slk: string[];
  export const rus: string[];
  export const ukr: string[];
}
