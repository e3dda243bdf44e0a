namespace CellCrm.Domain.RealName;

public enum RealNameMethod
{
    /// <summary>人脸识别.</summary>
    Face = 0,

    /// <summary>人工审核: ID photos reviewed by customer service.</summary>
    Manual = 1,
}
