// 回款计划 editor: add/remove rows (renumbering the field names) and show the total against the contract amount.
(function () {
    const form = document.getElementById('plan-editor');
    if (!form) return;
    const rows = document.getElementById('plan-rows');
    const amountFen = Number(form.dataset.amountFen);
    const yuan = fen => (fen < 0 ? '-' : '') + (Math.abs(fen) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const toFen = text => {
        const t = (text || '').trim().replace(/,/g, '');
        return /^\d+(\.\d{1,2})?$/.test(t) ? Math.round(Number(t) * 100) : null;
    };

    function renumber() {
        rows.querySelectorAll('.plan-row').forEach((row, i) => {
            row.querySelector('.plan-period').textContent = '第' + (i + 1) + '期';
            row.querySelector('.plan-due').name = 'Lines[' + i + '].DueDate';
            row.querySelector('.plan-amount').name = 'Lines[' + i + '].Amount';
        });
    }

    function update() {
        let total = 0, unreadable = false;
        rows.querySelectorAll('.plan-amount').forEach(input => {
            const fen = toFen(input.value);
            if (input.value.trim() !== '' && fen === null) unreadable = true;
            total += fen || 0;
        });
        document.getElementById('plan-total').textContent = yuan(total);
        const gap = document.getElementById('plan-gap');
        const diff = amountFen - total;
        gap.className = 'small ' + (diff === 0 && !unreadable ? 'text-success' : 'text-danger');
        gap.textContent = unreadable ? '金额格式不正确，最多两位小数'
            : diff === 0 ? '合计与合同金额一致'
            : diff > 0 ? '与合同金额相比还差 ' + yuan(diff) + ' 元' : '比合同金额多出 ' + yuan(-diff) + ' 元';
    }

    document.getElementById('plan-add').addEventListener('click', () => {
        const last = rows.querySelector('.plan-row:last-child');
        const row = last.cloneNode(true);
        row.querySelectorAll('input').forEach(i => { i.value = ''; });
        row.querySelectorAll('.text-danger').forEach(s => { s.textContent = ''; });
        rows.appendChild(row);
        renumber();
        update();
    });
    rows.addEventListener('click', e => {
        if (!e.target.classList.contains('plan-remove') || rows.querySelectorAll('.plan-row').length === 1) return;
        e.target.closest('.plan-row').remove();
        renumber();
        update();
    });
    rows.addEventListener('input', update);
    update();
})();
