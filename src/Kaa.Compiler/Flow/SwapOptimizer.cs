using Kaa.Compiler.Bytecode;

namespace Kaa.Compiler.Flow;

/// <summary>
/// compile.c's SWAP reductions: <c>swaptimize</c> rewrites a run of SWAPs and NOPs as the
/// shortest run with the same permutation; <c>apply_static_swaps</c> then swaps the instructions
/// that consume the swapped values (STORE_FAST, POP_TOP) instead of the values.
/// </summary>
internal static class SwapOptimizer
{
    private const int Visited = -1;

    /// <summary>Optimises the run of SWAPs/NOPs at <paramref name="ix"/>, leaving <paramref name="ix"/> on its last instruction.</summary>
    public static void Swaptimize(BasicBlock block, ref int ix)
    {
        int start = ix;
        int depth = block[start].Oparg;
        int len = 0;
        bool more = false;
        int limit = block.Count - start;
        while (++len < limit)
        {
            int opcode = block[start + len].Opcode;
            if (opcode == (int)OpCode.Swap)
            {
                depth = Math.Max(depth, block[start + len].Oparg);
                more = true;
            }
            else if (opcode != (int)OpCode.Nop) break;
        }
        if (!more) return; // a single SWAP is already optimal

        // Run the SWAPs on a model stack of positions 0..depth-1 (0 is the top).
        var stack = new int[depth];
        for (int k = 0; k < depth; k++) stack[k] = k;
        for (int k = 0; k < len; k++)
        {
            if (block[start + k].Opcode != (int)OpCode.Swap) continue;
            int oparg = block[start + k].Oparg;
            (stack[0], stack[oparg - 1]) = (stack[oparg - 1], stack[0]);
        }

        // Emit each cycle of the permutation as swaps through the top, from the end of the run
        // backwards (un-shuffling in reverse order shuffles).
        int current = len - 1;
        for (int k = 0; k < depth; k++)
        {
            if (stack[k] == Visited || stack[k] == k) continue;
            int j = k;
            while (true)
            {
                if (j != 0)
                {
                    block[start + current].Opcode = (int)OpCode.Swap;
                    block[start + current].Oparg = j + 1;
                    current--;
                }
                if (stack[j] == Visited) break;
                int nextJ = stack[j];
                stack[j] = Visited;
                j = nextJ;
            }
        }
        while (current >= 0)
        {
            block[start + current].Opcode = (int)OpCode.Nop;
            current--;
        }
        ix += len - 1;
    }

    // Instructions that only consume the top of the stack and cannot run arbitrary code or jump.
    private static bool IsSwappable(int opcode) => opcode is (int)OpCode.StoreFast or (int)OpCode.PopTop;

    private static int NextSwappableInstruction(BasicBlock block, int i, int lineno)
    {
        while (++i < block.Count)
        {
            ref readonly var instruction = ref block[i];
            // Reordering stores across a line boundary would change what a tracer sees.
            if (lineno >= 0 && instruction.Loc.Lineno != lineno) return -1;
            if (instruction.Opcode == (int)OpCode.Nop) continue;
            if (IsSwappable(instruction.Opcode)) return i;
            return -1;
        }
        return -1;
    }

    /// <summary>E.g. SWAP 2, POP_TOP, STORE_FAST x becomes NOP, STORE_FAST x, POP_TOP.</summary>
    public static void ApplyStaticSwaps(BasicBlock block, int i)
    {
        for (; i >= 0; i--)
        {
            ref var swap = ref block[i];
            if (swap.Opcode != (int)OpCode.Swap)
            {
                if (swap.Opcode == (int)OpCode.Nop || IsSwappable(swap.Opcode)) continue;
                return;
            }
            int j = NextSwappableInstruction(block, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = block[j].Loc.Lineno;
            for (int count = swap.Oparg - 1; count > 0; count--)
            {
                k = NextSwappableInstruction(block, k, lineno);
                if (k < 0) return;
            }
            swap.Opcode = (int)OpCode.Nop;
            (block[j], block[k]) = (block[k], block[j]);
        }
    }
}
