// Contract product lines: add/remove rows and preview the totals while typing. Amounts are handled in integer fen;
// the server recomputes everything from the catalogue, this is only a preview.
(function () {
    var table = document.getElementById('contract-lines');
    if (!table) { return; }
    var body = table.querySelector('tbody');

    function fen(text) {
        var t = (text || '').replace(/[,¥\s]/g, '');
        if (!/^\d+(\.\d{1,2})?$/.test(t)) { return null; }
        var parts = t.split('.');
        return parseInt(parts[0], 10) * 100 + (parts[1] ? parseInt((parts[1] + '0').slice(0, 2), 10) : 0);
    }

    function yuan(f) {
        var s = String(Math.abs(f) % 100).padStart(2, '0');
        return (f < 0 ? '-' : '') + Math.floor(Math.abs(f) / 100).toLocaleString('en-US') + '.' + s;
    }

    function renumber() {
        body.querySelectorAll('tr.contract-line').forEach(function (row, i) {
            row.querySelectorAll('[name]').forEach(function (el) {
                el.name = el.name.replace(/Input\.Lines\[\d+\]/, 'Input.Lines[' + i + ']');
            });
        });
    }

    function recompute() {
        var before = 0, after = 0;
        body.querySelectorAll('tr.contract-line').forEach(function (row) {
            var option = row.querySelector('.line-product').selectedOptions[0];
            var price = option && option.dataset.price ? parseInt(option.dataset.price, 10) : null;
            var quantity = parseInt(row.querySelector('.line-quantity').value, 10) || 0;
            row.querySelector('.line-price').textContent = price === null ? '—' : yuan(price);
            var lineBefore = price === null ? 0 : price * quantity;
            row.querySelector('.line-before').textContent = price === null ? '—' : yuan(lineBefore);
            var typed = row.querySelector('.line-after').value;
            var lineAfter = typed.trim() === '' ? lineBefore : fen(typed);
            row.querySelector('.line-after').classList.toggle('is-invalid', lineAfter === null || lineAfter > lineBefore);
            before += lineBefore;
            after += lineAfter === null ? lineBefore : lineAfter;
        });
        document.getElementById('total-before').textContent = yuan(before);
        document.getElementById('total-after').textContent = yuan(after);
        document.getElementById('total-discount').textContent = yuan(before - after);
    }

    document.getElementById('line-add').addEventListener('click', function () {
        var rows = body.querySelectorAll('tr.contract-line');
        var copy = rows[rows.length - 1].cloneNode(true);
        copy.querySelectorAll('input').forEach(function (el) { el.value = el.classList.contains('line-quantity') ? '1' : ''; el.classList.remove('is-invalid'); });
        copy.querySelector('select').value = '';
        copy.querySelectorAll('.text-danger').forEach(function (el) { el.textContent = ''; });
        body.appendChild(copy);
        renumber();
        recompute();
    });

    body.addEventListener('click', function (e) {
        var button = e.target.closest('.line-remove');
        if (!button) { return; }
        var rows = body.querySelectorAll('tr.contract-line');
        if (rows.length > 1) {
            button.closest('tr').remove();
        } else {
            rows[0].querySelector('select').value = '';
            rows[0].querySelector('.line-after').value = '';
        }
        renumber();
        recompute();
    });

    body.addEventListener('input', recompute);
    body.addEventListener('change', recompute);
    recompute();
})();
