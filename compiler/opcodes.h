/*
 * opcodes.h — the one list of frost's instructions.
 *
 * The X-macro below generates the Opcode enum, the names printed by
 * `frost --dis`, the stack effects the assembler uses to size the value stack,
 * and the dispatch table of the eval loop (vm/eval.cpp).  Nothing else lists
 * opcodes.
 *
 * Encoding.  An instruction is one 32-bit word: the opcode in the low 8 bits,
 * its argument in the high 24 (`word = op | arg << 8`).  There is no
 * EXTENDED_ARG; the code generator refuses code needing an argument of 2**24
 * or more.  Jump targets are absolute instruction indices.
 *
 * Semantics follow CPython 3.11's bytecode (the `dis` module documentation)
 * unless a line below says otherwise; the main differences: no CACHE entries,
 * no PRECALL/RESUME, no EXTENDED_ARG, exceptions are one object (never the
 * (type, value, traceback) triple), and no `lasti` is pushed for handlers.
 * "TOS" is the top of the stack, "TOS1" the one below; in stack pictures the
 * top is on the right.
 *
 * Exception handling uses an exception table built by the assembler (as
 * CPython 3.11): each entry covers a range of instructions [start, end) with a
 * handler target and a stack depth.  When an instruction in the range raises,
 * the eval loop pops the value stack down to `depth`, pushes the exception,
 * and jumps to the handler.  The code generator emits the pseudo-instructions
 * SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH / POP_BLOCK only inside its own
 * instruction list; the assembler turns them into table entries and they
 * never reach the eval loop (their stack effects serve the depth analysis).
 *
 * Columns: OP(name, stack effect, operand kind).  The stack effect is for the
 * fall-through path; `V` means it depends on the argument (see
 * opcode_stack_effect in compiler/opcodes.cpp).  Operand kinds tell `--dis`
 * how to print the argument: None, Int, Const, Name (co_names), Local
 * (localsplus), Jump (target), Cmp (CompareOp), BinOp, Other.
 */
#pragma once

#include <cstdint>

namespace frost {

#define FROST_OPCODES(OP)                                                                  \
  /* ---- stack ------------------------------------------------------------------ */     \
  OP(NOP, 0, None)                                                                         \
  OP(POP_TOP, -1, None)                                                                    \
  OP(PUSH_NULL, 1, None)         /* a null slot before a plain callable, for CALL */      \
  OP(COPY, 1, Int)               /* push a new reference to stack[-arg] (arg >= 1) */     \
  OP(SWAP, 0, Int)               /* swap TOS with stack[-arg] (arg >= 2) */               \
  OP(LOAD_CONST, 1, Const)                                                                 \
  /* ---- names ------------------------------------------------------------------ */     \
  OP(LOAD_FAST, 1, Local)        /* UnboundLocalError if unset */                         \
  OP(STORE_FAST, -1, Local)                                                                \
  OP(DELETE_FAST, 0, Local)                                                                \
  OP(LOAD_DEREF, 1, Local)       /* the cell at localsplus[arg]; NameError/UnboundLocal */\
  OP(STORE_DEREF, -1, Local)                                                               \
  OP(DELETE_DEREF, 0, Local)                                                               \
  OP(LOAD_CLOSURE, 1, Local)     /* push the cell object itself (for MAKE_FUNCTION) */    \
  OP(LOAD_CLASSDEREF, 1, Local)  /* class body: the locals dict first, then the cell */   \
  OP(LOAD_NAME, 1, Name)         /* locals dict, globals, builtins */                     \
  OP(STORE_NAME, -1, Name)                                                                 \
  OP(DELETE_NAME, 0, Name)                                                                 \
  OP(LOAD_GLOBAL, 1, Name)       /* globals, builtins (no NULL push, unlike 3.11) */      \
  OP(STORE_GLOBAL, -1, Name)                                                               \
  OP(DELETE_GLOBAL, 0, Name)                                                               \
  OP(LOAD_ATTR, 0, Name)                                                                   \
  OP(STORE_ATTR, -2, Name)       /* TOS.name = TOS1 */                                    \
  OP(DELETE_ATTR, -1, Name)                                                                \
  OP(LOAD_METHOD, 1, Name)       /* obj -> [method, obj] or [NULL, obj.name] */           \
  /* ---- operators -------------------------------------------------------------- */     \
  OP(UNARY_POSITIVE, 0, None)                                                              \
  OP(UNARY_NEGATIVE, 0, None)                                                              \
  OP(UNARY_INVERT, 0, None)                                                                \
  OP(UNARY_NOT, 0, None)                                                                   \
  OP(BINARY_OP, -1, BinOp)       /* arg = BinOp, or BinOp + kInplaceOffset for a op= b */ \
  OP(COMPARE_OP, -1, Cmp)        /* arg = CompareOp */                                    \
  OP(IS_OP, -1, Int)             /* arg 1: `is not` */                                    \
  OP(CONTAINS_OP, -1, Int)       /* TOS1 in TOS; arg 1: `not in` */                       \
  OP(BINARY_SUBSCR, -1, None)    /* TOS1[TOS] */                                          \
  OP(STORE_SUBSCR, -3, None)     /* TOS1[TOS] = TOS2 */                                   \
  OP(DELETE_SUBSCR, -2, None)    /* del TOS1[TOS] */                                      \
  OP(BUILD_SLICE, V, Int)        /* arg 2 or 3 */                                         \
  /* ---- building ---------------------------------------------------------------- */    \
  OP(BUILD_TUPLE, V, Int)                                                                  \
  OP(BUILD_LIST, V, Int)                                                                   \
  OP(BUILD_SET, V, Int)                                                                    \
  OP(BUILD_MAP, V, Int)          /* arg pairs: k1 v1 k2 v2 ... */                         \
  OP(BUILD_CONST_KEY_MAP, V, Int)/* v1..vn then a tuple of n keys on top */               \
  OP(BUILD_STRING, V, Int)       /* concatenate arg strs */                               \
  OP(LIST_APPEND, -1, Int)       /* stack[-arg-1].append(TOS) after popping TOS */        \
  OP(SET_ADD, -1, Int)                                                                     \
  OP(MAP_ADD, -2, Int)           /* stack[-arg-2][TOS1] = TOS */                          \
  OP(LIST_EXTEND, -1, Int)                                                                 \
  OP(SET_UPDATE, -1, Int)                                                                  \
  OP(DICT_UPDATE, -1, Int)       /* {**TOS} into stack[-arg-1] */                         \
  OP(DICT_MERGE, -1, Int)        /* like DICT_UPDATE for f(**kw): duplicate keys raise */ \
  OP(LIST_TO_TUPLE, 0, None)                                                               \
  OP(FORMAT_VALUE, V, Int)       /* 3.11's: arg&3 conversion (0 none,1 str,2 repr,3 ascii), arg&4 spec on TOS */ \
  OP(UNPACK_SEQUENCE, V, Int)    /* TOS -> arg items, first item on top */               \
  OP(UNPACK_EX, V, Int)          /* arg = before | after << 8 */                          \
  /* ---- control flow ------------------------------------------------------------- */   \
  OP(JUMP, 0, Jump)                                                                        \
  OP(POP_JUMP_IF_FALSE, -1, Jump)                                                          \
  OP(POP_JUMP_IF_TRUE, -1, Jump)                                                           \
  OP(POP_JUMP_IF_NONE, -1, Jump)                                                           \
  OP(POP_JUMP_IF_NOT_NONE, -1, Jump)                                                       \
  OP(JUMP_IF_FALSE_OR_POP, -1, Jump) /* jump keeps TOS; fall-through pops it */           \
  OP(JUMP_IF_TRUE_OR_POP, -1, Jump)                                                        \
  OP(GET_ITER, 0, None)                                                                    \
  OP(FOR_ITER, 1, Jump)          /* push next(TOS); when exhausted pop TOS and jump */    \
  OP(RETURN_VALUE, -1, None)                                                               \
  /* ---- calls and functions ----------------------------------------------------------- */ \
  OP(KW_NAMES, 0, Const)         /* the next CALL's keyword names: a const tuple of str */\
  OP(CALL, V, Int)               /* [NULL|method, callable|self, args...]: see below */   \
  OP(CALL_FUNCTION_EX, V, Int)   /* [NULL, callable, args tuple, (kwargs dict if arg&1)] */ \
  OP(MAKE_FUNCTION, V, Int)      /* 3.11's flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations dict, 8 closure tuple; code on TOS */ \
  OP(LOAD_BUILD_CLASS, 1, None)                                                            \
  OP(RETURN_GENERATOR, 0, None)  /* unused: calling a generator function makes the generator */ \
  OP(YIELD_VALUE, 0, Int)        /* yield TOS; the sent value replaces it; arg 1: inside yield from */ \
  OP(GET_YIELD_FROM_ITER, 0, None)                                                         \
  OP(SEND, 0, Jump)              /* [subiter, v]: send v; yielded -> [subiter, y]; returned r -> pop both, push r, jump */ \
  /* ---- modules ------------------------------------------------------------------- */   \
  OP(IMPORT_NAME, -1, Name)      /* [level, fromlist] -> module */                        \
  OP(IMPORT_FROM, 1, Name)       /* [module] -> [module, module.name] */                  \
  OP(IMPORT_STAR, -1, None)                                                                \
  /* ---- exceptions and with -------------------------------------------------------- */ \
  OP(RAISE_VARARGS, V, Int)      /* 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS */ \
  OP(PUSH_EXC_INFO, 1, None)     /* [exc] -> [prev handled exc (or None), exc]; exc becomes the handled one */ \
  OP(POP_EXCEPT, -1, None)       /* [prev] -> []; prev becomes the handled exception again */ \
  OP(CHECK_EXC_MATCH, 0, None)   /* [exc, type] -> [exc, bool]; TypeError for a non-exception type */ \
  OP(RERAISE, -1, None)          /* raise TOS again without a new traceback entry for this frame */ \
  OP(LOAD_ASSERTION_ERROR, 1, None)                                                        \
  OP(BEFORE_WITH, 1, None)       /* [mgr] -> [bound __exit__, mgr.__enter__()] */          \
  OP(WITH_EXCEPT_START, 1, None) /* [exit, prev, exc] -> [exit, prev, exc, exit(type(exc), exc, tb)] */ \
  OP(PRINT_EXPR, -1, None)       /* REPL: print repr(TOS) unless None, bind builtins._ */ \
  OP(SETUP_ANNOTATIONS, 0, None)                                                           \
  /* ---- pseudo-instructions: the code generator's only, never in a code object ----- */ \
  OP(SETUP_FINALLY, 0, Jump)     /* handler for the block: pushes exc at the depth here */ \
  OP(SETUP_CLEANUP, 0, Jump)     /* same, but the depth is the one before PUSH_EXC_INFO's prev */ \
  OP(SETUP_WITH, 0, Jump)                                                                  \
  OP(POP_BLOCK, 0, None)

enum class Opcode : uint8_t {
#define FROST_OPCODE_ENUM(name, effect, operand) name,
  FROST_OPCODES(FROST_OPCODE_ENUM)
#undef FROST_OPCODE_ENUM
  Count_
};

enum class OperandKind : uint8_t { None, Int, Const, Name, Local, Jump, Cmp, BinOp, Other };

// BINARY_OP's argument for `a op= b` is the BinOp plus this offset.
constexpr uint32_t kInplaceOffset = 16;
constexpr uint32_t kMaxOparg = (1u << 24) - 1;
// Stack effect marker for opcodes whose effect depends on the argument.
constexpr int V = 0x7fff;

inline uint32_t encode(Opcode op, uint32_t arg) { return static_cast<uint32_t>(op) | arg << 8; }
inline Opcode decode_op(uint32_t word) { return static_cast<Opcode>(word & 0xff); }
inline uint32_t decode_arg(uint32_t word) { return word >> 8; }

const char* opcode_name(Opcode op);
OperandKind opcode_operand(Opcode op);
// The stack effect of `op` with argument `arg`; `jump` selects the effect on
// the jump path for jumping instructions (FOR_ITER pops its iterator there,
// SEND pops two and pushes one, JUMP_IF_*_OR_POP keep TOS).
int opcode_stack_effect(Opcode op, uint32_t arg, bool jump);
bool opcode_is_pseudo(Opcode op);

/*
 * CALL argc, with keyword names from a preceding KW_NAMES (else none):
 *   [NULL, callable, a1 .. an]  -> [callable(a1 .. an)]        (after PUSH_NULL)
 *   [method, self, a1 .. an]    -> [method(self, a1 .. an)]    (after LOAD_METHOD)
 * argc counts positional and keyword values; the last len(kwnames) of the
 * arguments are keyword values.  Stack effect: -argc - 1.
 *
 * Exception handlers, as the code generator lays them out (3.11's scheme):
 *
 *   try: BODY  except E as e: H  else: ELSE
 *
 *       SETUP_FINALLY  L_exc           ; depth d
 *       BODY
 *       POP_BLOCK
 *       ELSE ; JUMP L_end
 *   L_exc:                             ; [.. exc]         (depth d + 1)
 *       SETUP_CLEANUP  L_cleanup       ; covers the handler at depth d
 *       PUSH_EXC_INFO                  ; [.. prev, exc]
 *       <E> ; CHECK_EXC_MATCH ; POP_JUMP_IF_FALSE L_next
 *       STORE_FAST e                   ; [.. prev]
 *       SETUP_CLEANUP L_e  H  POP_BLOCK ; e = None; del e
 *       POP_BLOCK ; POP_EXCEPT ; JUMP L_end
 *   L_next:   RERAISE                  ; no clause matched
 *   L_cleanup:                         ; [.. prev, exc2] — raised while handling
 *       COPY 2 ; POP_EXCEPT ; RERAISE  ; restores prev, re-raises exc2
 *
 * A handler entry in the exception table records the depth at which the block
 * was set up; on an exception the loop truncates the stack to that depth and
 * pushes the exception.  `finally` bodies are emitted twice (normal and
 * exceptional exit) as CPython does.
 *
 * with A as x: BODY
 *       <A> ; BEFORE_WITH               ; [exit, enter_result]
 *       SETUP_WITH L_exc ; STORE x ; BODY ; POP_BLOCK
 *       LOAD_CONST None ×3 ; CALL 2 ; POP_TOP  ; [exit, None, None, None] is read as
 *                                       ; [method, self, a1, a2]: exit(None, None, None)
 *   L_exc:                             ; [exit, exc]
 *       SETUP_CLEANUP L_cleanup ; PUSH_EXC_INFO  ; [exit, prev, exc]
 *       WITH_EXCEPT_START ; POP_JUMP_IF_TRUE L_suppress ; RERAISE
 *   L_suppress: POP_TOP ; POP_BLOCK ; POP_EXCEPT ; POP_TOP ; (continue)
 * The exact sequence is the code generator's to choose within these opcodes.
 */

}  // namespace frost
