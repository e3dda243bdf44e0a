using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CellCrm.BackOffice.Services;

/// <summary>Model binding's own messages (a value that is not a number, a missing value) in Chinese, so no English
/// framework text reaches a form.</summary>
public static class ChineseModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueIsInvalidAccessor(v => $"“{v}”不是有效的值");
        messages.SetValueMustBeANumberAccessor(_ => "请输入有效的数字");
        messages.SetValueMustNotBeNullAccessor(_ => "此项为必填项");
        messages.SetMissingBindRequiredValueAccessor(_ => "此项为必填项");
        messages.SetMissingKeyOrValueAccessor(() => "此项为必填项");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"“{v}”不是有效的值");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "请输入有效的数字");
        messages.SetUnknownValueIsInvalidAccessor(_ => "填写的值无效");
        messages.SetAttemptedValueIsInvalidAccessor((v, _) => $"“{v}”不是有效的值");
    }
}
