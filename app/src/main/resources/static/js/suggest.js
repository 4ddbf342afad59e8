// Autocomplete for search boxes marked data-suggest: places, people, topics, collections and titles
// from /api/suggest. Progressive enhancement: without this script the boxes search as plain forms.
// A box marked data-suggest="publication" picks a publication by title instead: choosing one puts its path
// in the box (which also takes an id or a path typed by hand).
(function () {
  'use strict';
  var KINDS = { place: 'Place', person: 'Person', topic: 'Topic', collection: 'Collection', title: 'Publication' };

  function enhance(input) {
    var list = document.createElement('ul');
    var listId = input.id + '-suggestions';
    var timer = null;
    var active = -1;
    var items = [];
    var picking = input.dataset.suggest === 'publication';
    list.id = listId;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('autocomplete', 'off');

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function show(suggestions) {
      list.textContent = '';
      items = suggestions;
      suggestions.forEach(function (s, i) {
        var li = document.createElement('li');
        var kind = document.createElement('span');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        kind.className = 'kind';
        kind.textContent = KINDS[s.kind] || s.kind;
        li.appendChild(kind);
        li.appendChild(document.createTextNode(' ' + s.label));
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(s); });
        list.appendChild(li);
      });
      list.style.left = input.offsetLeft + 'px';
      list.style.width = input.offsetWidth + 'px';
      list.hidden = suggestions.length === 0;
      input.setAttribute('aria-expanded', String(!list.hidden));
    }

    function choose(s) {
      if (picking) { input.value = s.url; close(); } else { window.location.href = s.url; }
    }

    function highlight(i) {
      var options = list.querySelectorAll('[role=option]');
      if (options.length === 0) { return; }
      active = (i + options.length) % options.length;
      options.forEach(function (o, j) { o.setAttribute('aria-selected', String(j === active)); });
      input.setAttribute('aria-activedescendant', options[active].id);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        fetch('/api/suggest?limit=' + (picking ? 8 : 3) + '&q=' + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (s) { return picking ? s.filter(function (x) { return x.kind === 'title'; }) : s; })
          .then(function (s) { if (input.value.trim() === q) { show(s); } })
          .catch(close);
      }, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) { return; }
      if (e.key === 'ArrowDown') { e.preventDefault(); highlight(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active - 1); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); choose(items[active]); }
    });
    input.addEventListener('blur', close);
  }

  document.querySelectorAll('input[data-suggest]').forEach(enhance);
})();
