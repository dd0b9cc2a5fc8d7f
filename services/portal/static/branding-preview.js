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
  var shown = null;
  logo.addEventListener('change', function () {
    var file = logo.files && logo.files[0];
    if (!file) return;
    if (shown) URL.revokeObjectURL(shown);
    shown = URL.createObjectURL(file);
    img.src = shown;
  });
  showColor();
})();
