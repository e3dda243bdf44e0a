// Bulk push progress: polls the run's status until it has finished.
(function () {
    var box = document.getElementById('bulk-progress');
    if (!box) { return; }
    var url = box.getAttribute('data-status-url');
    function set(role, value) { box.querySelector('[data-role="' + role + '"]').textContent = value; }
    function poll() {
        fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (s) {
                if (!s) { return; }
                var bar = box.querySelector('[data-role="bar"]');
                bar.style.width = s.percent + '%';
                bar.textContent = s.percent + '%';
                box.querySelector('.progress').setAttribute('aria-valuenow', s.percent);
                set('state', s.state); set('total', s.total); set('pushed', s.pushed); set('skipped', s.skipped);
                if (!s.finished) { setTimeout(poll, 1000); }
            })
            .catch(function () { setTimeout(poll, 3000); });
    }
    if (box.getAttribute('data-finished') !== 'true') { setTimeout(poll, 1000); }
})();
