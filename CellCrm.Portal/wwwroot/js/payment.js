// 支付: ask the portal for a JSAPI prepay (created or reused on the server), then hand it to WeChat's in-app
// browser. The callback is only a hint; the receipt page confirms the result with WeChat Pay.
(function () {
    var form = document.getElementById('pay-form');
    if (!form) { return; }
    var button = document.getElementById('pay');
    var message = document.getElementById('pay-message');
    var receipt = form.getAttribute('action').replace(/\?.*$/, '') + '/Receipt';

    function show(text) { message.textContent = text || ''; }

    function invoke(params) {
        window.WeixinJSBridge.invoke('getBrandWCPayRequest', {
            appId: params.appId, timeStamp: params.timeStamp, nonceStr: params.nonceStr,
            package: params.package, signType: params.signType, paySign: params.paySign
        }, function (res) {
            button.disabled = false;
            if (res.err_msg === 'get_brand_wcpay_request:ok') { window.location.href = receipt; }
            else if (res.err_msg === 'get_brand_wcpay_request:cancel') { show('您已取消支付，可再次点击支付'); }
            else { show('支付未完成，请稍后重试'); }
        });
    }

    form.addEventListener('submit', function (e) {
        e.preventDefault();
        button.disabled = true;
        show('');
        fetch(form.getAttribute('action'), { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
            .then(function (r) { return r.json(); })
            .then(function (data) {
                if (data.paid) { window.location.href = receipt; return; }
                if (!data.payParameters) { button.disabled = false; show(data.message || '暂时无法支付，请稍后重试'); return; }
                if (typeof window.WeixinJSBridge === 'undefined') {
                    button.disabled = false;
                    show('请在微信中打开本页面完成支付');
                    return;
                }
                invoke(data.payParameters);
            })
            .catch(function () { button.disabled = false; show('网络异常，请稍后重试'); });
    });
})();
