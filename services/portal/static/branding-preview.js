// Live preview of a municipality's branding on the district admin's form: name, kind, colour,
// logo and contact as typed, and the colour's contrast against white (WCAG 2.1 AA needs 4.5:1).
// The form works without it; the server checks everything again.
(function () {
  'use strict';
  var form = document.getElementById('tenant-form');
  var preview = document.getElementById('preview');
  if (!form || !preview) return;
  var script = document.currentScript || document.querySelector('script[src$="branding-preview.js"]');
  var say = function (key, ratio) { return (script.getAttribute('data-' + key) || '').replace('{ratio}', ratio); };
  var color = document.getElementById('m_primary_color');
  var picker = document.getElementById('m_color_picker');
  var contrast = document.getElementById('m_contrast');

  function channel(hex, i) {
    var c = parseInt(hex.substr(i, 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
  function ratio(value) {
    var m = /^#([0-9a-fA-F]{6})$/.exec(value.trim());
    if (!m) return null;
    var l = 0.2126 * channel(m[1], 0) + 0.7152 * channel(m[1], 2) + 0.0722 * channel(m[1], 4);
    return 1.05 / (l + 0.05);
  }
  function showColor() {
    var r = ratio(color.value);
    if (r === null) { contrast.textContent = say('invalid', ''); return; }
    var text = r.toFixed(1).replace('.', ',');
    contrast.textContent = say(r >= 4.5 ? 'ok' : 'low', text);
    if (r >= 4.5) preview.style.setProperty('--brand', color.value.trim());
    if (picker) picker.value = color.value.trim().toLowerCase();
  }
  function bind(id, target) {
    var input = document.getElementById(id);
    var out = document.getElementById(target);
    if (!input || !out) return;
    var update = function () { out.textContent = input.value; };
    input.addEventListener('input', update);
    input.addEventListener('change', update);
  }
  bind('m_name', 'preview-name');
  bind('m_kind', 'preview-kind');
  ['name', 'street', 'postcode', 'city', 'phone', 'email'].forEach(function (f) {
    bind('m_contact_' + f, 'preview-contact-' + f);
  });
  color.addEventListener('input', showColor);
  if (picker) {
    picker.hidden = false;
    picker.addEventListener('input', function () { color.value = picker.value; showColor(); });
  }
  var logo = document.getElementById('m_logo');
  var img = document.getElementById('preview-logo');
  var check = document.getElementById('m_logo-check');
  var removeOwn = document.getElementById('m_logo_badge');
  var own = img.getAttribute('data-own') === 'true' ? img.src : null;
  var shown = null;

  // The shield badge a municipality without a logo of its own gets (the server draws the same).
  function badge() {
    var name = document.getElementById('m_name').value.trim();
    var initials = Array.from(name).filter(function (c) { return /[\p{L}\p{N}]/u.test(c); }).slice(0, 2).join('');
    var m = /^#?([0-9a-fA-F]{6})$/.exec(color.value.trim());
    var fill = m && ratio('#' + m[1]) >= 4.5 ? '#' + m[1] : '#005a9c';
    var esc = function (t) { return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); };
    var svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">' +
      '<path d="M32 3 L58 12 V32 C58 47 46 57 32 61 C18 57 6 47 6 32 V12 Z" fill="' + fill + '"/>' +
      '<path d="M32 9 L52 16 V32 C52 43 43 51 32 55 C21 51 12 43 12 32 V16 Z" fill="none" stroke="#ffffff" stroke-width="2"/>' +
      '<text x="32" y="40" text-anchor="middle" font-family="sans-serif" font-size="20" font-weight="700" fill="#ffffff">' +
      esc(initials) + '</text></svg>';
    return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  }
  function showLogo() {
    if (shown) { img.src = shown; return; }
    img.src = own && !(removeOwn && removeOwn.checked) ? own : badge();
  }
  logo.addEventListener('change', function () {
    var file = logo.files && logo.files[0];
    if (shown) URL.revokeObjectURL(shown);
    shown = null;
    check.textContent = '';
    if (file) {
      var large = file.size > (file.type === 'image/svg+xml' ? 64 : 256) * 1024;
      var known = /^image\/(svg\+xml|png|jpeg)$/.test(file.type);
      check.textContent = say(large ? 'logo-large' : known ? 'logo-ok' : 'logo-type', '');
      if (!large && known) shown = URL.createObjectURL(file);
    }
    showLogo();
  });
  if (removeOwn) removeOwn.addEventListener('change', showLogo);
  document.getElementById('m_name').addEventListener('input', showLogo);
  color.addEventListener('input', showLogo);
  // The colour as sent (a data attribute: the CSP allows no inline style).
  preview.style.setProperty('--brand', preview.getAttribute('data-brand') || '');
  showColor();
  showLogo();
})();
