declare module 'virtual:briefdeck/deck' {
  import type { RevealOptions } from '../render/html.js';
  export const reveal: RevealOptions;
  export const theme: string;
}
