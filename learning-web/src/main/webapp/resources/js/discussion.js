/* Learning Commons: small helpers of the discussion pages. */
window.LC = window.LC || {};

/* Puts "@username " into a PrimeFaces text editor (Quill) where the cursor is, or at the end. */
LC.insertMention = function (widgetVar, username) {
  if (!username) {
    return;
  }
  var quill = PF(widgetVar).editor;
  var range = quill.getSelection(true);
  var index = range ? range.index : Math.max(0, quill.getLength() - 1);
  var text = '@' + username + ' ';
  quill.insertText(index, text);
  quill.setSelection(index + text.length, 0);
};

/* Scrolls to a post after the page loaded (the "post" parameter of notification links). */
LC.showPost = function (id) {
  var post = document.getElementById('post-' + id);
  if (post) {
    post.scrollIntoView();
    post.classList.add('lc-post-target');
  }
};
