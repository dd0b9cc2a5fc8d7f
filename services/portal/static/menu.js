// On a phone the header is one row: the municipality and a "Menü" button that opens the
// navigation. Without JavaScript (or on a wide screen) the navigation is shown as it is.
(function () {
  'use strict';
  var nav = document.getElementById('site-nav');
  var button = document.getElementById('menu-button');
  if (!nav || !button) return;
  document.documentElement.classList.add('js-menu');
  button.hidden = false;
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    nav.classList.toggle('open', open);
    if (open) {
      var first = nav.querySelector('a, button');
      if (first) first.focus();
    }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      button.click();
      button.focus();
    }
  });
})();
