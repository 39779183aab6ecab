// One Element: the public object handed to the page, and the controller that owns its iframe.
// Card data lives only in the iframe (sandbox origin); the host sees events and PaymentMethods.

var FRAME_TITLES = { card: 'Secure card payment input frame', payment: 'Secure payment input frame' };
var INITIAL_HEIGHTS = { card: 24, payment: 300 };
var DEFAULT_CLASSES = {
  base: 'StripeElement',
  complete: 'StripeElement--complete',
  empty: 'StripeElement--empty',
  focus: 'StripeElement--focus',
  invalid: 'StripeElement--invalid',
};

/** Public Element object -> its controller (also lets encodeForm skip Elements inside params). */
var elementControllers = new WeakMap();
var controllersByFrameId = {};

window.addEventListener('message', function (event) {
  var data = event.data;
  if (event.origin !== SANDBOX_ORIGIN || !data || data.source !== 'sandbox-element') return;
  var controller = controllersByFrameId[data.frameId];
  if (controller && controller.iframe() && event.source === controller.iframe().contentWindow) {
    controller.receive(data);
  }
});

function jsonClone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function createElement(group, type, initialOptions) {
  var frameId = randomId('frame_');
  var options = jsonClone(initialOptions) || {};
  var listeners = {};
  var state = {
    container: null,
    wrapper: null,
    iframe: null,
    ready: false,
    destroyed: false,
    focused: false,
    outbox: [],
    pending: {},
    change: null,
  };
  var element = {};

  function assertAlive() {
    if (state.destroyed) throw integrationError('This Element has already been destroyed. Please create a new one.');
  }

  function emit(name, payload) {
    (listeners[name] || []).slice().forEach(function (entry) {
      if (entry.once) element.off(name, entry.handler);
      try {
        entry.handler(payload);
      } catch (error) {
        setTimeout(function () {
          throw error;
        });
      }
    });
  }

  function classNames() {
    return assign({}, DEFAULT_CLASSES, options.classes);
  }

  function updateClasses() {
    if (!state.container) return;
    var names = classNames();
    var change = state.change;
    var list = state.container.classList;
    list.add(names.base);
    list.toggle(names.empty, change ? change.empty : true);
    list.toggle(names.complete, Boolean(change && change.complete));
    list.toggle(names.invalid, Boolean(change && change.error));
    list.toggle(names.focus, state.focused);
  }

  function removeClasses() {
    if (!state.container) return;
    var names = classNames();
    Object.keys(names).forEach(function (key) {
      state.container.classList.remove(names[key]);
    });
  }

  function send(message) {
    message.target = 'sandbox-element';
    if (state.ready) state.iframe.contentWindow.postMessage(message, SANDBOX_ORIGIN);
    else state.outbox.push(message);
  }

  function settlePending(reason) {
    Object.keys(state.pending).forEach(function (id) {
      state.pending[id].reject(integrationError(reason));
      delete state.pending[id];
    });
  }

  function resize(height) {
    if (state.iframe && typeof height === 'number' && height > 0) state.iframe.style.height = Math.ceil(height) + 'px';
  }

  var controller = {
    type: type,
    group: group,
    iframe: function () {
      return state.iframe;
    },
    isMounted: function () {
      return Boolean(state.iframe);
    },
    /** Asks the frame to do something with the card data it holds; resolves the frame's result. */
    request: function (action, payload) {
      if (state.destroyed || !state.iframe) {
        return Promise.reject(
          integrationError(
            'We could not retrieve data from the specified Element. Please make sure the Element you are attempting to use is still mounted.',
          ),
        );
      }
      var requestId = randomId('req_');
      return new Promise(function (resolve, reject) {
        state.pending[requestId] = { resolve: resolve, reject: reject };
        send(assign({ type: 'request', requestId: requestId, action: action }, jsonClone(payload)));
      });
    },
    groupUpdated: function () {
      send({ type: 'group-update', appearance: jsonClone(group.options.appearance) || null });
    },
    receive: function (data) {
      switch (data.type) {
        case 'ready':
          state.ready = true;
          resize(data.height);
          state.outbox.splice(0).forEach(send);
          emit('ready', { elementType: type });
          break;
        case 'resize':
          resize(data.height);
          break;
        case 'change':
          state.change = data.event;
          group.elementChanged(type);
          updateClasses();
          emit('change', data.event);
          break;
        case 'focus':
        case 'blur':
          state.focused = data.type === 'focus';
          updateClasses();
          emit(data.type, { elementType: type });
          break;
        case 'escape':
          emit('escape', { elementType: type });
          break;
        case 'submit':
          // Enter inside the frame submits the host form, as it would with a native input.
          var form = state.container && state.container.closest('form');
          if (form && typeof form.requestSubmit === 'function') form.requestSubmit();
          break;
        case 'response':
          var pending = state.pending[data.requestId];
          delete state.pending[data.requestId];
          if (pending) pending.resolve(data.result);
          break;
      }
    },
  };

  element.mount = function (target) {
    assertAlive();
    var node = typeof target === 'string' ? document.querySelector(target) : target;
    if (!node || typeof node.appendChild !== 'function') {
      throw integrationError('Invalid DOM element. Make sure to call mount() with a valid DOM element or selector.');
    }
    if (state.container) {
      throw integrationError(
        'This Element is already mounted. Use `unmount()` to unmount the Element before re-mounting.',
      );
    }
    var wrapper = document.createElement('div');
    wrapper.className = '__PrivateStripeElement';
    assign(wrapper.style, {
      margin: '0',
      padding: '0',
      border: 'none',
      display: 'block',
      background: 'transparent',
      position: 'relative',
      opacity: '1',
    });
    var iframe = document.createElement('iframe');
    iframe.name = '__privateStripeFrame' + frameId;
    iframe.title = FRAME_TITLES[type];
    iframe.setAttribute('frameborder', '0');
    iframe.setAttribute('allowtransparency', 'true');
    iframe.setAttribute('scrolling', 'no');
    iframe.setAttribute('allow', 'payment *');
    assign(iframe.style, {
      border: '0 none',
      margin: '0',
      padding: '0',
      width: '1px',
      minWidth: '100%',
      overflow: 'hidden',
      display: 'block',
      userSelect: 'none',
      colorScheme: 'normal',
      height: INITIAL_HEIGHTS[type] + 'px',
    });
    var init = {
      frameId: frameId,
      parentOrigin: location.origin,
      options: options,
      appearance: jsonClone(group.options.appearance) || null,
      locale: group.options.locale || null,
    };
    iframe.src = SANDBOX_ORIGIN + '/elements/' + type + '#' + encodeURIComponent(JSON.stringify(init));
    wrapper.appendChild(iframe);
    node.appendChild(wrapper);
    state.container = node;
    state.wrapper = wrapper;
    state.iframe = iframe;
    updateClasses();
  };

  element.unmount = function () {
    assertAlive();
    if (!state.container) return;
    settlePending('The Element was unmounted before the request finished.');
    removeClasses();
    state.wrapper.remove();
    state.container = state.wrapper = state.iframe = null;
    state.ready = state.focused = false;
    state.outbox = [];
  };

  element.destroy = function () {
    if (state.destroyed) return;
    element.unmount();
    state.destroyed = true;
    delete controllersByFrameId[frameId];
    group.removeElement(type);
  };

  element.update = function (newOptions) {
    assertAlive();
    assign(options, jsonClone(newOptions));
    send({ type: 'update', options: jsonClone(newOptions) || {} });
  };

  element.focus = function () {
    assertAlive();
    if (state.iframe) state.iframe.focus();
    send({ type: 'focus' });
  };
  element.blur = function () {
    assertAlive();
    send({ type: 'blur' });
  };
  element.clear = function () {
    assertAlive();
    send({ type: 'clear' });
  };
  element.collapse = function () {
    return element;
  };

  element.on = function (name, handler) {
    if (typeof handler !== 'function')
      throw integrationError('The handler for element.on("' + name + '") must be a function.');
    (listeners[name] = listeners[name] || []).push({ handler: handler, once: false });
    return element;
  };
  element.once = function (name, handler) {
    element.on(name, handler);
    listeners[name][listeners[name].length - 1].once = true;
    return element;
  };
  element.off = function (name, handler) {
    if (!listeners[name]) return element;
    listeners[name] = handler
      ? listeners[name].filter(function (entry) {
          return entry.handler !== handler;
        })
      : [];
    return element;
  };

  controllersByFrameId[frameId] = controller;
  elementControllers.set(element, controller);
  return element;
}
