// Suggestions for the search's location field while a parent types: the municipality's streets
// that match what was typed (spellings, abbreviations, small typos), offered in a <datalist>.
// The form works without it: the server matches spellings the same way.
(function () {
  'use strict';
  var input = document.getElementById('near');
  var list = document.getElementById('near-streets');
  if (!input || !list || !window.fetch) return;
  var url = input.getAttribute('data-suggest');
  var timer = null;
  var last = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var typed = input.value.trim();
      if (typed.length < 2) {
        list.textContent = '';
        last = '';
        return;
      }
      if (typed === last) return;
      last = typed;
      fetch(url + '?q=' + encodeURIComponent(typed), { headers: { accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { streets: [] }; })
        .then(function (body) {
          // A slower answer to an earlier text must not replace the current one's.
          if (input.value.trim() !== typed) return;
          list.textContent = '';
          body.streets.forEach(function (name) {
            var option = document.createElement('option');
            option.value = name;
            list.appendChild(option);
          });
        })
        .catch(function () { last = ''; /* no suggestions; typing and searching still work */ });
    }, 150);
  });
})();
