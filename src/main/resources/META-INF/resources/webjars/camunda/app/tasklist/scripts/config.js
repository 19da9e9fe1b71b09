// Direction Cycle: replaces the webjar's config.js. Swedish first; English for browsers that ask for it.
// The Swedish labels are in ../locales/sv.json (LocaleFilesTest checks they cover every English key).
export default {
  // hides "Skapa uppgift" for everyone and "Starta process" for users who may start nothing (see the script)
  customScripts: ['scripts/navbar-actions'],
  locales: {
    availableLocales: ['sv', 'en'],
    fallbackLocale: 'sv'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'tar den markerade uppgiften'},
    focusFilter: {key: 'ctrl+shift+f', description: 'flyttar fokus till första filtret i listan'},
    focusList: {key: 'ctrl+alt+l', description: 'flyttar fokus till första uppgiften i listan'},
    focusForm: {key: 'ctrl+alt+f', description: 'flyttar fokus till första fältet i uppgiftens formulär'},
    startProcess: {key: 'ctrl+alt+p', description: 'öppnar dialogen för att starta en process'}
  }
};
