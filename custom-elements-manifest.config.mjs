// @custom-elements-manifest/analyzer: custom-elements.json is generated from the
// element's JSDoc (`npm run manifest`), never edited by hand; tests/web/manifest.test.mjs
// regenerates it and fails when the checked-in file differs.
export default {
  globs: ['web/element.js', 'web/news-lens.js', 'web/events.js'],
  outdir: '.',
  dependencies: false,
  packagejson: false,
  plugins: [{
    // Private (#) fields and methods are not API: leave them out of the manifest.
    name: 'newslens-drop-private',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name.startsWith('#'));
        }
      }
    },
  }],
};
