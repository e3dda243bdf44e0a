namespace CellCrm.Domain.Signing;

/// <summary>签署状态 (seed 000 §6.4): 待生成 → 待签署 → 已签署; 已作废 when its subject went back to draft.</summary>
public enum SignableDocumentStatus
{
    /// <summary>待生成: created, the PDF not yet generated.</summary>
    Pending = 0,

    /// <summary>待签署: generated and waiting for the signers, in order.</summary>
    AwaitingSignature = 1,

    /// <summary>已签署: every signer signed; the signed PDF is final.</summary>
    Signed = 2,

    /// <summary>已作废: replaced (its subject was changed before anyone finished signing).</summary>
    Voided = 3,
}
