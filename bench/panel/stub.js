/* global window, document, performance */
// Stands in for the VS Code webview: the API the panel acquires, and a record of
// what the page would have sent to the host or had blocked by its CSP.
(function () {
  var state;
  window.__benchPosted = [];
  window.__benchViolations = [];
  window.__benchReceivedAt = 0;

  window.acquireVsCodeApi = function () {
    return {
      postMessage: function (message) {
        window.__benchPosted.push(message);
      },
      getState: function () {
        return state;
      },
      setState: function (next) {
        state = next;
      },
    };
  };

  document.addEventListener('securitypolicyviolation', function (event) {
    window.__benchViolations.push(event.violatedDirective + ' ' + event.blockedURI);
  });

  window.addEventListener('message', function () {
    window.__benchReceivedAt = performance.now();
  });
})();
