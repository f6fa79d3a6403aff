/**
 * Types for Readability's readerability check imported on its own: the content script runs on every
 * page, and importing the package index would bundle all of Readability into it.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}
