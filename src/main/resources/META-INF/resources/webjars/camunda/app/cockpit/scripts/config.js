// Direction Cycle: replaces the webjar's config.js. Swedish first; English for browsers that ask for it.
// The Swedish labels are in ../locales/sv.json (LocaleFilesTest checks they cover every English key).
export default {
  locales: {
    availableLocales: ['sv', 'en'],
    fallbackLocale: 'sv'
  }
};
