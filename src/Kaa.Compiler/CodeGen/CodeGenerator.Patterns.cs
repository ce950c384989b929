using System.Numerics;
using Kaa.Compiler.Bytecode;
using Kaa.Compiler.Code;
using Kaa.Compiler.Flow;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Text;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// The match statement (PEP 634). A pattern consumes the subject on top of the stack; the values
/// it captures are kept on the stack, underneath anything still being matched, and stored only
/// once the whole pattern has matched. On failure control jumps to a "fail_pop" block that pops
/// exactly what is on the stack at that point.
/// </summary>
public sealed partial class CodeGenerator
{
    /// <summary>compile.c's pattern_context.</summary>
    private sealed class PatternContext
    {
        /// <summary>The names captured so far, in the order their values sit on the stack.</summary>
        public List<string> Stores = [];

        /// <summary>False when a capture of the whole subject would make later cases unreachable.</summary>
        public bool AllowIrrefutable;

        /// <summary>FailPop[i] pops i items and falls through to FailPop[i - 1].</summary>
        public List<BasicBlock> FailPop = [];

        /// <summary>How many items are on the stack above the captured values.</summary>
        public int OnTop;
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Name: null };

    private static bool IsStarWildcard(Pattern p) => p is MatchStar { Name: null };

    private void CompileMatch(Match s)
    {
        var pc = new PatternContext();
        VisitExpr(s.Subject);
        var end = NewBlock();
        int cases = s.Cases.Count;
        var m = s.Cases[cases - 1];
        // A trailing "case _:" needs no copy of the subject and no test.
        int hasDefault = IsWildcard(m.Pattern) && cases > 1 ? 1 : 0;
        for (int i = 0; i < cases - hasDefault; i++)
        {
            m = s.Cases[i];
            SetLocation(m.Pattern);
            // Keep a copy of the subject for the next case, unless this is the last one.
            if (i != cases - hasDefault - 1) AddOpI(OpCode.Copy, 1);
            pc.Stores = [];
            // Irrefutable cases must be guarded, last, or both.
            pc.AllowIrrefutable = m.Guard is not null || i == cases - 1;
            pc.FailPop = [];
            pc.OnTop = 0;
            CompilePattern(m.Pattern, pc);
            // A match: store the captured names (their values are on the stack).
            foreach (string name in pc.Stores) NameOp(name, ExprContext.Store);
            if (m.Guard is not null)
            {
                EnsureFailPop(pc, 0);
                CompileJumpIf(m.Guard, pc.FailPop[0], false);
            }
            if (i != cases - hasDefault - 1) AddOp(OpCode.PopTop); // the subject
            VisitStmts(m.Body);
            AddOpJump(PseudoOp.Jump, end);
            // The failure cleanup belongs to the pattern, not to the body's last line.
            SetLocation(m.Pattern);
            EmitAndResetFailPop(pc);
        }
        if (hasDefault != 0)
        {
            m = s.Cases[cases - 1];
            SetLocation(m.Pattern);
            if (cases == 1) AddOp(OpCode.PopTop); // no case took the subject
            else AddOp(OpCode.Nop); // line coverage for the default case
            if (m.Guard is not null) CompileJumpIf(m.Guard, end, false);
            VisitStmts(m.Body);
        }
        UseNextBlock(end);
    }

    private void CompilePattern(Pattern p, PatternContext pc)
    {
        SetLocation(p);
        switch (p)
        {
            case MatchValue v: CompilePatternValue(v, pc); break;
            case MatchSingleton v: CompilePatternSingleton(v, pc); break;
            case MatchSequence v: CompilePatternSequence(v, pc); break;
            case MatchMapping v: CompilePatternMapping(v, pc); break;
            case MatchClass v: CompilePatternClass(v, pc); break;
            case MatchStar v: PatternStoreName(v.Name, pc); break;
            case MatchAs v: CompilePatternAs(v, pc); break;
            case MatchOr v: CompilePatternOr(v, pc); break;
            default: throw Error($"invalid match pattern node in AST (kind={p.TypeName})");
        }
    }

    /// <summary>A pattern nested in another: capturing the whole (sub)subject is fine there.</summary>
    private void CompileSubpattern(Pattern p, PatternContext pc)
    {
        bool allowIrrefutable = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = allowIrrefutable;
    }

    // ---- failure blocks ----

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1) pc.FailPop.Add(NewBlock());
    }

    /// <summary>Jumps (with <paramref name="opcode"/>) to the block popping what is now on the stack.</summary>
    private void JumpToFailPop(PatternContext pc, int opcode)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        AddOpJump(opcode, pc.FailPop[pops]);
    }

    /// <summary>Emits the chain of fail_pop blocks (each one POP_TOP, falling through) and resets it.</summary>
    private void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseNextBlock(pc.FailPop[i]);
            AddOp(OpCode.PopTop);
        }
        UseNextBlock(pc.FailPop[0]);
        pc.FailPop = [];
    }

    // ---- helpers ----

    /// <summary>Rotates TOS down to position <paramref name="count"/> (3.10's ROT_N, with SWAPs).</summary>
    private void PatternRotate(int count)
    {
        while (count > 1) AddOpI(OpCode.Swap, count--);
    }

    private static string NameRepr(string name) => PyRepr.Repr(name);

    /// <summary>Captures TOS as <paramref name="name"/> (or pops it for a wildcard).</summary>
    private void PatternStoreName(string? name, PatternContext pc)
    {
        if (name is null)
        {
            AddOp(OpCode.PopTop);
            return;
        }
        CheckPatternNameAssignable(name);
        if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name {NameRepr(name)} in pattern");
        // Rotate the value underneath everything that must stay on top.
        PatternRotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    /// <summary>compile.c's forbidden_name for stores.</summary>
    private void CheckPatternNameAssignable(string name)
    {
        if (name == "__debug__") throw Error("cannot assign to __debug__");
    }

    private void PatternUnpack(AstList<Pattern> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is not MatchStar) continue;
            if (seenStar) throw Error("multiple starred expressions in sequence pattern");
            if (i >= 1 << 8 || n - i - 1 >= int.MaxValue >> 8)
                throw Error("too many expressions in star-unpacking sequence pattern");
            AddOpI(OpCode.UnpackEx, i + ((n - i - 1) << 8));
            seenStar = true;
        }
        if (!seenStar) AddOpI(OpCode.UnpackSequence, n);
    }

    private void PatternSequenceUnpack(AstList<Pattern> patterns, PatternContext pc)
    {
        PatternUnpack(patterns);
        int size = patterns.Count;
        // The unpacked items stay on the stack while each one is matched.
        pc.OnTop += size;
        foreach (var pattern in patterns)
        {
            pc.OnTop--;
            CompileSubpattern(pattern, pc);
        }
    }

    /// <summary>
    /// Like <see cref="PatternSequenceUnpack"/> but indexing with BINARY_SUBSCR, for patterns with a
    /// starred wildcard ([first, *_, last]) where unpacking everything would be wasteful.
    /// </summary>
    private void PatternSequenceSubscr(AstList<Pattern> patterns, int star, PatternContext pc)
    {
        // The subject stays around for indexing.
        pc.OnTop++;
        int size = patterns.Count;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (IsWildcard(pattern) || i == star) continue;
            AddOpI(OpCode.Copy, 1);
            if (i < star)
            {
                AddOpLoadConst((long)i);
            }
            else
            {
                // The subject may not support negative indices: compute len - k.
                AddOp(OpCode.GetLen);
                AddOpLoadConst((long)(size - i));
                AddOpI(OpCode.BinaryOp, BinaryOpSubtract);
            }
            AddOp(OpCode.BinarySubscr);
            CompileSubpattern(pattern, pc);
        }
        pc.OnTop--;
        AddOp(OpCode.PopTop); // the subject
    }

    /// <summary>BINARY_OP's argument for '-' (NB_SUBTRACT).</summary>
    private const int BinaryOpSubtract = 10;

    /// <summary>COMPARE_OP's arguments (Py_EQ, Py_GE).</summary>
    private const int CompareEqual = 2;
    private const int CompareGreaterOrEqual = 5;

    // ---- the patterns ----

    private void CompilePatternAs(MatchAs p, PatternContext pc)
    {
        if (p.Pattern is null)
        {
            // Irrefutable.
            if (!pc.AllowIrrefutable)
            {
                if (p.Name is not null)
                    throw Error($"name capture {NameRepr(p.Name)} makes remaining patterns unreachable");
                throw Error("wildcard makes remaining patterns unreachable");
            }
            PatternStoreName(p.Name, pc);
            return;
        }
        // Keep a copy of the subject to store once the inner pattern matched.
        pc.OnTop++;
        AddOpI(OpCode.Copy, 1);
        CompilePattern(p.Pattern, pc);
        pc.OnTop--;
        PatternStoreName(p.Name, pc);
    }

    private void ValidateKeywordAttributes(AstList<string> attrs, AstList<Pattern> patterns)
    {
        // Errors point at the patterns: the attribute names have no nodes of their own.
        for (int i = 0; i < attrs.Count; i++)
        {
            string attr = attrs[i];
            SetLocation(patterns[i]);
            CheckPatternNameAssignable(attr);
            for (int j = i + 1; j < attrs.Count; j++)
            {
                if (attrs[j] == attr)
                {
                    SetLocation(patterns[j]);
                    throw Error($"attribute name repeated in class pattern: {attr}");
                }
            }
        }
    }

    private void CompilePatternClass(MatchClass p, PatternContext pc)
    {
        var patterns = p.Patterns;
        var kwdAttrs = p.KwdAttrs;
        var kwdPatterns = p.KwdPatterns;
        int nargs = patterns.Count;
        int nattrs = kwdAttrs.Count;
        if (nattrs != kwdPatterns.Count)
            throw Error($"kwd_attrs ({nattrs}) / kwd_patterns ({kwdPatterns.Count}) length mismatch in class pattern");
        if (nattrs > 0)
        {
            ValidateKeywordAttributes(kwdAttrs, kwdPatterns);
            SetLocation(p);
        }
        VisitExpr(p.Cls);
        var names = new object?[nattrs];
        for (int i = 0; i < nattrs; i++) names[i] = kwdAttrs[i];
        AddOpLoadConst(new ConstTuple([.. names]));
        AddOpI(OpCode.MatchClass, nargs);
        AddOpI(OpCode.Copy, 1);
        AddOpLoadConst(null);
        AddOpI(OpCode.IsOp, 1);
        // TOS is a tuple of the nargs + nattrs attributes (or None).
        pc.OnTop++;
        JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        AddOpI(OpCode.UnpackSequence, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var pattern = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
            if (IsWildcard(pattern))
            {
                AddOp(OpCode.PopTop);
                continue;
            }
            CompileSubpattern(pattern, pc);
        }
    }

    private void CompilePatternMapping(MatchMapping p, PatternContext pc)
    {
        var keys = p.Keys;
        var patterns = p.Patterns;
        int size = keys.Count;
        if (size != patterns.Count)
            throw Error($"keys ({size}) / patterns ({patterns.Count}) length mismatch in mapping pattern");
        string? starTarget = p.Rest;
        // The subject stays on top during the mapping and length checks.
        pc.OnTop++;
        AddOp(OpCode.MatchMapping);
        JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        if (size == 0 && starTarget is null)
        {
            // "{}": done, pop the subject.
            pc.OnTop--;
            AddOp(OpCode.PopTop);
            return;
        }
        if (size > 0)
        {
            AddOp(OpCode.GetLen);
            AddOpLoadConst((long)size);
            AddOpI(OpCode.CompareOp, CompareGreaterOrEqual);
            JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        }
        // The keys (literals or dotted names) go into a tuple for MATCH_KEYS; literal keys must
        // be distinct (by Python equality: 1, 1.0 and True are the same key).
        var seen = new List<object?>();
        foreach (var key in keys)
        {
            if (key is Constant constant)
            {
                foreach (var earlier in seen)
                {
                    if (PatternKeysEqual(earlier, constant.Value))
                        throw Error($"mapping pattern checks duplicate key ({PyRepr.Repr(constant.Value)})");
                }
                seen.Add(constant.Value);
            }
            else if (key is not Kaa.Syntax.Ast.Attribute)
            {
                throw Error("mapping pattern keys may only match literals and attribute lookups");
            }
            VisitExpr(key);
        }

        AddOpI(OpCode.BuildTuple, size);
        AddOp(OpCode.MatchKeys);
        // Now a tuple of keys and a tuple of values (or None) sit on the subject.
        pc.OnTop += 2;
        AddOpI(OpCode.Copy, 1);
        AddOpLoadConst(null);
        AddOpI(OpCode.IsOp, 1);
        JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        AddOpI(OpCode.UnpackSequence, size);
        pc.OnTop += size - 1;
        foreach (var pattern in patterns)
        {
            pc.OnTop--;
            CompileSubpattern(pattern, pc);
        }
        // A match: what follows consumes the keys tuple and the subject.
        pc.OnTop -= 2;
        if (starTarget is not null)
        {
            // rest = dict(subject); del rest[key] for each key.
            AddOpI(OpCode.BuildMap, 0);       // [subject, keys, empty]
            AddOpI(OpCode.Swap, 3);           // [empty, keys, subject]
            AddOpI(OpCode.DictUpdate, 2);     // [copy, keys]
            AddOpI(OpCode.UnpackSequence, size); // [copy, keys...]
            while (size > 0)
            {
                AddOpI(OpCode.Copy, 1 + size--); // [copy, keys..., copy]
                AddOpI(OpCode.Swap, 2);          // [copy, keys..., copy, key]
                AddOp(OpCode.DeleteSubscr);      // [copy, keys...]
            }
            PatternStoreName(starTarget, pc);
        }
        else
        {
            AddOp(OpCode.PopTop); // the keys tuple
            AddOp(OpCode.PopTop); // the subject
        }
    }

    /// <summary>Python's == between two literal keys (numbers compare across int, float, complex and bool).</summary>
    private static bool PatternKeysEqual(object? a, object? b)
    {
        if (TryAsComplex(a, out var ca) && TryAsComplex(b, out var cb))
        {
            if (IsInteger(a) && IsInteger(b)) return AsBigInteger(a!) == AsBigInteger(b!);
            return ca == cb;
        }
        if (a is string sa && b is string sb) return sa == sb;
        return ConstantComparer.Instance.Equals(a, b);
    }

    private static bool IsInteger(object? v) => v is bool or long or int or BigInteger;

    private static BigInteger AsBigInteger(object v) => v switch
    {
        bool b => b ? 1 : 0,
        long l => l,
        int i => i,
        BigInteger bi => bi,
        _ => throw new InvalidOperationException(),
    };

    private static bool TryAsComplex(object? v, out Complex value)
    {
        switch (v)
        {
            case bool or long or int or BigInteger:
                value = (double)AsBigInteger(v);
                return true;
            case double d:
                value = d;
                return true;
            case Complex c:
                value = c;
                return true;
            default:
                value = default;
                return false;
        }
    }

    private void CompilePatternOr(MatchOr p, PatternContext pc)
    {
        var end = NewBlock();
        int size = p.Patterns.Count;
        // Each alternative runs with a fresh context; keep the original to restore.
        var oldStores = pc.Stores;
        bool oldAllowIrrefutable = pc.AllowIrrefutable;
        var oldFailPop = pc.FailPop;
        int oldOnTop = pc.OnTop;
        // The names bound by the first alternative: the others must bind the same set, and
        // their values are reordered to this order.
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            SetLocation(alt);
            pc.Stores = [];
            // An irrefutable alternative must be last, if allowed at all.
            pc.AllowIrrefutable = i == size - 1 && oldAllowIrrefutable;
            pc.FailPop = [];
            pc.OnTop = 0;
            AddOpI(OpCode.Copy, 1);
            CompilePattern(alt, pc);
            int nstores = pc.Stores.Count;
            if (i == 0)
            {
                control = pc.Stores;
            }
            else if (nstores != control!.Count)
            {
                throw Error("alternative patterns bind different names");
            }
            else if (nstores > 0)
            {
                // Reorder the captured values to match control's order.
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    string name = control[icontrol];
                    int istores = pc.Stores.IndexOf(name);
                    if (istores < 0) throw Error("alternative patterns bind different names");
                    if (icontrol != istores)
                    {
                        // rotated = stores[:rotations]; del stores[:rotations];
                        // stores[icontrol - istores:icontrol - istores] = rotated
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        // The same on the stack.
                        while (rotations-- > 0) PatternRotate(icontrol + 1);
                    }
                }
            }
            AddOpJump(PseudoOp.Jump, end);
            EmitAndResetFailPop(pc);
        }
        pc.Stores = oldStores;
        pc.AllowIrrefutable = oldAllowIrrefutable;
        pc.FailPop = oldFailPop;
        pc.OnTop = oldOnTop;
        // No alternative matched: pop the remaining copy of the subject and fail.
        AddOp(OpCode.PopTop);
        JumpToFailPop(pc, PseudoOp.Jump);
        UseNextBlock(end);
        int nstoresTotal = control!.Count;
        // Between the new captures and their place: the other new captures, the subject's copy,
        // whatever else is on top, and the captures stored before this pattern.
        int nrots = nstoresTotal + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < nstoresTotal; i++)
        {
            PatternRotate(nrots);
            string name = control[i];
            if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name {NameRepr(name)} in pattern");
            pc.Stores.Add(name);
        }
        AddOp(OpCode.PopTop); // the subject's copy
    }

    private void CompilePatternSequence(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true;
        bool starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (pattern is MatchStar)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern");
                starWildcard = IsStarWildcard(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(pattern);
        }
        // The subject stays on top during the sequence and length checks.
        pc.OnTop++;
        AddOp(OpCode.MatchSequence);
        JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        if (star < 0)
        {
            AddOp(OpCode.GetLen);
            AddOpLoadConst((long)size);
            AddOpI(OpCode.CompareOp, CompareEqual);
            JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        }
        else if (size > 1)
        {
            AddOp(OpCode.GetLen);
            AddOpLoadConst((long)(size - 1));
            AddOpI(OpCode.CompareOp, CompareGreaterOrEqual);
            JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
        }
        // What follows consumes the subject.
        pc.OnTop--;
        if (onlyWildcard) AddOp(OpCode.PopTop); // [] / [_] / [_, *_] ...
        else if (starWildcard) PatternSequenceSubscr(patterns, star, pc);
        else PatternSequenceUnpack(patterns, pc);
    }

    private void CompilePatternValue(MatchValue p, PatternContext pc)
    {
        var value = p.Value;
        if (value is not (Constant or Kaa.Syntax.Ast.Attribute))
            throw Error("patterns may only match literals and attribute lookups");
        VisitExpr(value);
        AddOpI(OpCode.CompareOp, CompareEqual);
        JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
    }

    private void CompilePatternSingleton(MatchSingleton p, PatternContext pc)
    {
        AddOpLoadConst(p.Value);
        AddOpI(OpCode.IsOp, 0);
        JumpToFailPop(pc, PseudoOp.PopJumpIfFalse);
    }
}
