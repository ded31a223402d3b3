/** The deck's stylesheets in cascade order (src/vite/styles.ts); a side-effect import. */
declare module 'virtual:briefdeck/styles' {}
