// jQuery requests from the admin's pages to the site itself carry the CSRF token that
// Django wrote into the page. wagtail-modeltranslation's "Copy content from" buttons
// (copy_stream_fields.js) send the token from the csrftoken cookie, which no script can
// read here (CSRF_COOKIE_HTTPONLY), so without this their request would be refused.
// The way Django's CSRF documentation gives for jQuery, with the token from the page.
(function () {
  'use strict';
  var config = document.getElementById('wagtail-config');
  if (!config || !window.jQuery) {
    return;
  }
  var token = JSON.parse(config.textContent).CSRF_TOKEN;
  window.jQuery.ajaxPrefilter(function (options, originalOptions, jqXHR) {
    if (!options.crossDomain) {
      jqXHR.setRequestHeader('X-CSRFToken', token);
    }
  });
})();
