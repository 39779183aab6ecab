// stripe.elements(options): a group of Elements sharing options (appearance, clientSecret or mode).

var SUPPORTED_ELEMENTS = ['card', 'payment'];

/** Public Elements object -> its group state, for the Stripe methods that take `elements`. */
var groupInternals = new WeakMap();

function createElementsGroup(rawOptions) {
  var elementsByType = {};
  var group = {
    options: jsonClone(rawOptions) || {},
    controllers: {},
    /** True once submit() validated the Payment Element and nothing changed since. */
    submitted: false,
    isDeferred: function () {
      return !group.options.clientSecret;
    },
    elementChanged: function (type) {
      if (type === 'payment') group.submitted = false;
    },
    removeElement: function (type) {
      delete elementsByType[type];
      delete group.controllers[type];
    },
  };

  var elements = {
    create: function (type, options) {
      if (SUPPORTED_ELEMENTS.indexOf(type) === -1) {
        throw integrationError(
          'The Stripe sandbox supports the "card" and "payment" Elements only, not "' + type + '".',
        );
      }
      if (elementsByType[type]) throw integrationError('Can only create one Element of type ' + type + '.');
      var element = createElement(group, type, options);
      elementsByType[type] = element;
      group.controllers[type] = elementControllers.get(element);
      return element;
    },
    /** Accepts a type or a react-stripe-js component (it carries `__elementType`), like Stripe.js. */
    getElement: function (typeOrComponent) {
      var type = typeOrComponent && typeOrComponent.__elementType ? typeOrComponent.__elementType : typeOrComponent;
      return elementsByType[type] || null;
    },
    update: function (options) {
      assign(group.options, jsonClone(options));
      Object.keys(group.controllers).forEach(function (type) {
        group.controllers[type].groupUpdated();
      });
    },
    fetchUpdates: function () {
      return Promise.resolve({});
    },
    submit: function () {
      var controller = group.controllers.payment;
      if (!controller || !controller.isMounted()) {
        return Promise.resolve({
          error: { type: 'invalid_request_error', message: 'elements.submit() needs a mounted Payment Element.' },
        });
      }
      return controller.request('validate', {}).then(
        function (result) {
          if (result.error) return { error: result.error };
          group.submitted = true;
          return { selectedPaymentMethod: 'card' };
        },
        function (error) {
          return { error: { type: 'invalid_request_error', message: error.message } };
        },
      );
    },
  };

  groupInternals.set(elements, group);
  return elements;
}
