// Long work (a round's dry run or publish): a form with data-busy says so while the server works,
// and its button cannot be pressed twice. Without JavaScript the form works as it is.
(function () {
  'use strict';
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-busy')) return;
    if (form.getAttribute('aria-busy') === 'true') { e.preventDefault(); return; }
    form.setAttribute('aria-busy', 'true');
    var status = document.createElement('p');
    status.className = 'notice';
    status.setAttribute('role', 'status');
    status.textContent = form.getAttribute('data-busy');
    form.appendChild(status);
    form.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-disabled', 'true'); });
  });
})();
