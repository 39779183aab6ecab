// Wiring: host messages, input and focus events, then the first render and `ready`.

window.addEventListener('message', function (event) {
  var data = event.data;
  if (!parentOrigin || event.source !== window.parent || event.origin !== parentOrigin) return;
  if (!data || data.target !== 'sandbox-element') return;
  switch (data.type) {
    case 'update':
      assign(options, data.options || {});
      applyOptions();
      render();
      break;
    case 'group-update':
      appearance = data.appearance;
      applyOptions();
      break;
    case 'focus':
      inputs.number.focus();
      break;
    case 'blur':
      if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
      break;
    case 'clear':
      FIELD_ORDER.forEach(function (name) {
        inputs[name].value = '';
        flagged[name] = false;
      });
      previousExpiry = '';
      render();
      break;
    case 'request':
      handleRequest(data).then(function (result) {
        post({ type: 'response', requestId: data.requestId, result: result });
      });
      break;
  }
});

FIELD_ORDER.forEach(function (name, index) {
  var input = inputs[name];
  input.addEventListener('input', function (event) {
    formatters[name](input, event);
    var checks = render();
    var next = inputs[FIELD_ORDER[index + 1]];
    var typedAtEnd = input.selectionStart === input.value.length;
    if (
      checks[name] &&
      checks[name].state === 'complete' &&
      typedAtEnd &&
      next &&
      !next.hidden &&
      !next.closest('[hidden]') &&
      !next.value
    ) {
      next.focus();
    }
  });
});
if (country)
  country.addEventListener('change', function () {
    applyOptions();
    render();
  });

form.addEventListener('submit', function (event) {
  event.preventDefault();
});
form.addEventListener('keydown', function (event) {
  if (event.key === 'Enter') {
    event.preventDefault();
    post({ type: 'submit' });
  } else if (event.key === 'Escape') {
    post({ type: 'escape' });
  }
});
form.addEventListener('focusin', function () {
  if (!focusedInside) {
    focusedInside = true;
    post({ type: 'focus' });
  }
  render();
});
form.addEventListener('focusout', function (event) {
  var name = event.target && event.target.id;
  if (inputs[name] && inputs[name].value) flagged[name] = true;
  setTimeout(function () {
    var inside = document.hasFocus() && form.contains(document.activeElement);
    if (focusedInside && !inside) {
      focusedInside = false;
      post({ type: 'blur' });
    }
    render();
  }, 0);
});

if (!isCard) {
  country.value = initialCountry();
  document.querySelector('[data-cvc-icon]').innerHTML = icons.cvc;
  document.querySelector('[data-tab-icon]').innerHTML = icons.unknown;
}
applyOptions();
render();
var lastHeight = 0;
function reportHeight(type) {
  var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (type === 'ready' || height !== lastHeight) post({ type: type, height: height });
  lastHeight = height;
}
new ResizeObserver(function () {
  reportHeight('resize');
}).observe(document.body);
reportHeight('ready');
started = true;
