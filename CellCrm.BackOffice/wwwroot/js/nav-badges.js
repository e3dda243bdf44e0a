// The navigation's 待办审批 / 消息通知 counts, fetched after the page is shown (the page itself never waits on them).
(function () {
    var holder = document.querySelector('[data-badges-url]');
    if (!holder) { return; }
    fetch(holder.getAttribute('data-badges-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (counts) {
            document.querySelectorAll('[data-badge]').forEach(function (slot) {
                var count = counts ? counts[slot.getAttribute('data-badge')] : 0;
                if (count > 0) {
                    var badge = document.createElement('span');
                    badge.id = slot.getAttribute('data-badge-id');
                    badge.className = slot.getAttribute('data-badge-class');
                    badge.textContent = count;
                    slot.replaceWith(badge);
                }
            });
        })
        .catch(function () { })
        .finally(function () { holder.setAttribute('data-badges', 'loaded'); });
})();
