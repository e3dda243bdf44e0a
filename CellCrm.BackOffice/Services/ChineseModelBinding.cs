using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CellCrm.BackOffice.Services;

/// <summary>Model binding's own messages (a value that is not a number, a missing value) in Chinese, so no English
/// framework text reaches a form. Numbers and dates get a message that says what was expected.</summary>
public sealed class ChineseModelBinding : IBindingMetadataProvider
{
    private static readonly HashSet<Type> Numbers =
        [typeof(int), typeof(long), typeof(short), typeof(byte), typeof(decimal), typeof(double), typeof(float), typeof(uint), typeof(ulong)];

    private static readonly HashSet<Type> Dates =
        [typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeOnly)];

    public static void Apply(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
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
        options.ModelMetadataDetailsProviders.Add(new ChineseModelBinding());
    }

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
        var message = Numbers.Contains(type) ? "请输入有效的数字" : Dates.Contains(type) ? "请输入有效的日期" : null;
        if (message is null || context.BindingMetadata.ModelBindingMessageProvider is not DefaultModelBindingMessageProvider inherited)
        {
            return;
        }

        var messages = new DefaultModelBindingMessageProvider(inherited);
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => message);
        messages.SetValueIsInvalidAccessor(_ => message);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => message);
        context.BindingMetadata.ModelBindingMessageProvider = messages;
    }
}
