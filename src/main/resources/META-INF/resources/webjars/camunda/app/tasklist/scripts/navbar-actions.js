// Direction Cycle: Tasklist offers "Skapa uppgift" and "Starta process" to every user. Nobody may create a free
// task here (the operation allowlist refuses it for every role), and only a user who may start one of the models
// may start a process. user-styles.css hides both links; this script shows "Starta process" only when the
// engine lists a process the user may start from Tasklist (the same query the start dialog makes), and asks again
// whenever the route changes, since logging in and out happens without a page load.
const base = document.querySelector('base');
const startable = base.getAttribute('engine-api') + 'engine/default/process-definition'
  + '?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true&active=true&maxResults=1';

function showStartProcess(allowed) {
  document.body.classList.toggle('dc-may-start-process', allowed);
}

function check() {
  fetch(startable, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((response) => (response.ok ? response.json() : []))
    .then((definitions) => showStartProcess(Array.isArray(definitions) && definitions.length > 0))
    .catch(() => showStartProcess(false));
}

window.addEventListener('hashchange', check);
check();

export default [];
