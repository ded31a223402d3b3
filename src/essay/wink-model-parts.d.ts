// The pieces of wink-eng-lite-web-model 1.8.1 that src/essay/wink-model.ts assembles; the package
// types only its whole model (dist/model.js). What they return is wink-nlp's to read.
declare module 'wink-eng-lite-web-model/dist/load-sbd-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/load-pos-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/load-cer-meta-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/feature.js' {
  const featureFn: (config: unknown) => unknown;
  export default featureFn;
}
