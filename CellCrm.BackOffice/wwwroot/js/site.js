// Confirmation before destructive actions: <button data-confirm="确定删除？">.
document.addEventListener('submit', function (e) {
    var button = e.submitter;
    var message = (button && button.getAttribute('data-confirm')) || e.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
        e.preventDefault();
        return;
    }
    // Prevent double submission while the server works.
    if (button && !e.defaultPrevented) {
        setTimeout(function () { button.disabled = true; button.classList.add('disabled'); }, 0);
    }
});

// "Select all" checkboxes: <input type="checkbox" data-select-all="Selected">.
document.addEventListener('change', function (e) {
    var name = e.target.getAttribute && e.target.getAttribute('data-select-all');
    if (!name) { return; }
    document.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) { box.checked = e.target.checked; });
});
