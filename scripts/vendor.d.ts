/** The English list of gender-detection-from-name, imported alone so the other languages stay out of the bundle. */
declare module 'gender-detection-from-name/names/en' {
  const names: ReadonlyMap<string, 'male' | 'female'>;
  export default names;
}
