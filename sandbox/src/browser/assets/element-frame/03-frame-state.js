// The frame's state: its init payload (from the URL hash), its inputs and messaging to the host.

var rules = window.SandboxCardRules;
var icons = window.SandboxBrandIcons;
var elementType = document.body.getAttribute('data-element');
var isCard = elementType === 'card';
var init = readInit();
var options = init.options || {};
var appearance = init.appearance || null;
var parentOrigin = /^https?:\/\/[^/\s]+$/.test(init.parentOrigin || '') ? init.parentOrigin : null;
var root = document.documentElement;
var form = document.getElementById('form');
var inputs = {
  number: document.getElementById('number'),
  expiry: document.getElementById('expiry'),
  cvc: document.getElementById('cvc'),
  postal: document.getElementById('postal'),
};
var country = document.getElementById('country');
var FIELD_ORDER = ['number', 'expiry', 'cvc', 'postal'];
/** Fields whose "incomplete" error may show: left non-empty, or forced by a submit. */
var flagged = {};
var focusedInside = false;
var started = false;
var lastEventJson = '';
var lastIcons = '';

function readInit() {
  try {
    return JSON.parse(decodeURIComponent(location.hash.slice(1))) || {};
  } catch (error) {
    return {};
  }
}

function post(message) {
  if (!parentOrigin) return;
  message.source = 'sandbox-element';
  message.frameId = init.frameId;
  window.parent.postMessage(message, parentOrigin);
}

function setVar(name, value) {
  if ((typeof value === 'string' && value.length < 200) || typeof value === 'number')
    root.style.setProperty(name, String(value));
  else root.style.removeProperty(name);
}
