# 诊断代码的详细解释，由 `wirc explain CODE` 显示（zh-CN，简体中文译本）。
# 每个代码一条消息 `eNNNN-explain`，风格仿照 rustc 的错误索引。不使用变量：
# 示例中的花括号写作字符串字面量 {"{"} 和 {"}"}。

e0001-explain =
    一个不能作为任何词法单元开头的字符。
    词法分析器只认识符号前缀（`@ % ^ $ #`）、标识符、数字、字符串、`x"..."` 字节串、标点以及 `;` 注释（wasmir-spec/02-text-format.md §2.1）；其他字符一律拒绝，文件不会被解析。

    错误示例：

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return // done
    {"    }"}

    修复：用 `;` 写注释（`return ; done`），含有其他字符的名称请加引号，如 `@"core::fmt"`。

e0002-explain =
    文法不允许在此位置出现的词法单元。
    消息列出了此处本可出现的词法单元（文法见 wasmir-spec/02-text-format.md §2.2）。出错后，解析器会跳到下一条语句或下一个条目继续，因此一次运行可以报告多处错误。

    错误示例：

        wasmir 0.2
        fn @f(i32 -> i32 {"{"}
        ^entry(%x: i32):
            return %x
    {"    }"}

    修复：写出消息所期望的内容；此处应闭合参数列表：`fn @f(i32) -> i32 {"{"}`。

e0003-explain =
    文件在某个语法结构的中间结束（wasmir-spec/02-text-format.md §2.2）。
    通常是函数体缺少右花括号，或文件被截断。

    错误示例：

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return

    修复：补全该结构；此处在 `return` 之后加上右花括号 `{"}"}`。

e0004-explain =
    字符串在同一行内没有闭合的引号。
    字符串和带引号的名称都写在一行之内（wasmir-spec/02-text-format.md §2.1），这样缺失的引号就不会吞掉文件的其余部分。

    错误示例：

        wasmir 0.2
        export "f fn @f
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    修复：闭合字符串：`export "f" fn @f`。字符串中的换行写作 `\n`。

e0005-explain =
    为 WasmIR 后续版本保留的词被当作裸词使用。
    `load`、`store`、`own`、`linear`、`borrow`、`drop`、`externref`、`shared`、`atomic`、`component`、`v128` 和 `ptr64` 均为保留字（wasmir-spec/02-text-format.md §2.1、wasmir-spec/09-reserved.md），以便后续版本为其赋予含义而不破坏已有文件。

    错误示例：

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = load %p
            return %v
    {"    }"}

    修复：使用当前版本的运算符（`i32.load[$heap] %p`）。作为名称时这些词并无特殊之处：`%load`、`^drop`、`@store` 都是允许的。

e0006-explain =
    字符串或带引号的名称中出现了未知的转义，或者 `\u{"{"}...{"}"}` 不是 Unicode 标量值。
    字符串只接受 `\\`、`\"`、`\n`、`\t` 和 `\u{"{"}HEX{"}"}`（wasmir-spec/02-text-format.md §2.1），以保证每个字符串只有一种含义。

    错误示例：

        wasmir 0.2
        import "env" "log\q" fn @log(i32)

    修复：删除反斜杠，或使用可接受的转义之一，如 `"log\u{"{"}2D{"}"}x"`。`\u{"{"}D800{"}"}` 这样的代理码点不是标量值。

e0007-explain =
    符号前缀之后既不是标识符，也不是（在允许的位置上的）数字。
    `%`、`^` 和 `#` 之后写标识符或数字，`@` 和 `$` 之后写标识符（wasmir-spec/02-text-format.md §2.1）。函数名和实体名从不匿名，因此 `@12` 和 `$0` 都是格式错误的名称，`%3x` 和单独的 `%` 也是。

    错误示例：

        wasmir 0.2
        fn @12() {"{"}
        ^entry:
            return
    {"    }"}

    修复：使用标识符（`@f12`），或给名称加引号：`@"12"`。

e0100-explain =
    文件没有以 `wasmir` 头部开头。
    每个模块都以 `wasmir MAJOR.MINOR` 开头，使读取方知道它所读取的格式版本（wasmir-spec/02-text-format.md §2.2、wasmir-spec/08-versioning.md）。

    错误示例：

        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    修复：将头部行作为第一个条目加上：`wasmir 0.2`。它之前可以有注释。

e0101-explain =
    头部指明的版本不是此构建能够读取的版本。
    读取方接受主版本号与自身相同、次版本号不高于自身的模块；它从不猜测其他版本的含义（wasmir-spec/08-versioning.md）。消息中列出了此构建能读取的版本。

    错误示例：

        wasmir 1.0
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    修复：在确认模块只用到该版本的特性之后，写一个此构建能读取的版本（`wasmir 0.2`），或使用能读取更新版本的工具链。

e0102-explain =
    头部中的版本号不是 `MAJOR.MINOR` 形式（wasmir-spec/08-versioning.md）。
    两部分都是十进制数，中间用一个点分隔。

    错误示例：

        wasmir 2
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    修复：写出两个数字：`wasmir 0.2`。

e0103-explain =
    运算符表中没有的运算符名称。
    运算符即 wasmir-spec/04-instructions.md 中列出的那些（名称解析见 wasmir-spec/02-text-format.md §2.3）；运算符名称以其类型开头，如 `i32.add` 或 `ptr.add`。若存在相近的名称，提示会给出建议。

    错误示例：

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %y = i32.plus %x, %x
            return %y
    {"    }"}

    修复：使用运算符表中的运算符：`%y = i32.add %x, %x`。

e0104-explain =
    函数中没有任何块参数或指令结果定义了该 `%value`。
    值局部于其所属函数，且只能定义为块参数或指令结果（wasmir-spec/02-text-format.md §2.3）。定义可以在文本中出现得更晚：定义是否支配其使用由验证器的规则判定（E0223）。

    错误示例：

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            return %y
    {"    }"}

    修复：定义该值，或更正其拼写：`return %x`。

e0105-explain =
    `^block` 不是本函数的基本块。
    分支只能以其所在函数的基本块为目标（wasmir-spec/02-text-format.md §2.3、wasmir-spec/05-control-flow.md）。

    错误示例：

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            br ^exit
    {"    }"}

    修复：定义该基本块，或更正标签：

        ^entry:
            br ^exit
        ^exit:
            return

e0106-explain =
    模块既没有定义也没有导入的 `@function`。
    调用、导出和 `fn.index` 引用的是模块中的函数；名称会先在整个模块范围内解析，因此函数可以在使用之后才定义（wasmir-spec/02-text-format.md §2.3）。

    错误示例：

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            call @g()
            return
    {"    }"}

    修复：定义 `@g`（`fn @g() {"{"}...{"}"}`）或导入它：`import "env" "g" fn @g()`。

e0107-explain =
    同一函数中某个值名称被定义了两次。
    每个块参数和指令结果都有各自的名称，`%3` 这样的匿名名称也不例外（wasmir-spec/02-text-format.md §2.3）：WasmIR 采用 SSA 形式，每个值只有一个定义。

    错误示例：

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %x = i32.add %x, %x
            return %x
    {"    }"}

    修复：为新值起一个新名称：`%y = i32.add %x, %x` 以及 `return %y`。

e0108-explain =
    同一函数中某个基本块标签被定义了两次。
    分支通过标签指明其目标，因此每个标签只表示一个基本块（wasmir-spec/02-text-format.md §2.3）。

    错误示例：

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            br ^a
        ^a:
            br ^a
        ^a:
            return
    {"    }"}

    修复：重命名其中一个基本块及跳转到它的分支。

e0109-explain =
    模块中某个函数名被定义了两次。
    导入的函数和定义的函数共用一个命名空间，因为调用和导出都通过名称来指明函数（wasmir-spec/02-text-format.md §2.3、wasmir-spec/06-verifier.md §6.1.1）。

    错误示例：

        wasmir 0.2
        import "env" "f" fn @f()
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    修复：重命名其中一个，例如将导入重命名为 `@env_f`。

e0110-explain =
    字面量超出了其类型的范围。
    `iN.const` 接受 N 位有符号或无符号范围内的整数，`ptr` 为 32 位；页数、大小、对齐、偏移量和加数的范围是 0 至 2^32-1；浮点数必须是其类型中的有限值、`inf` 或带有效载荷的 `nan`；`switch` 的 case 与操作数类型相同（wasmir-spec/02-text-format.md §2.3、wasmir-spec/03-module-and-types.md §3.5）。

    错误示例：

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 5000000000
            return %x
    {"    }"}

    修复：使用范围内的字面量，或更宽的类型（`i64.const 5000000000`）。

e0111-explain =
    语句中写出的结果名称比其指令的结果多或少。
    每条指令定义的值的个数恰好等于其结果数：常量和大多数运算符为一个，`call` 为被调函数的结果数，store、`global.set`、`trapz`、`trapnz` 和终结指令则没有结果（wasmir-spec/02-text-format.md §2.3）。

    错误示例：

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %a, %b = i32.add %x, %x
            return %a
    {"    }"}

    修复：每个结果写一个名称（`%a = i32.add %x, %x`），没有结果的指令不写 `=`。

e0112-explain =
    在需要整数类型的位置使用了浮点字面量。
    WasmIR 没有隐式转换（wasmir-spec/02-text-format.md §2.3）：`iN.const`、`ptr.const`、整数全局变量和 `switch` 的 case 都只接受整数。

    错误示例：

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 1.5
            return %x
    {"    }"}

    修复：写一个整数（`i32.const 1`），或使用浮点常量再加 `i32.trunc_f64_s` 之类的转换。

e0113-explain =
    模块中没有任何内存、全局变量、表、签名或数据项名为该 `$name`。
    实体在模块层级声明，并且可以在使用之后才声明（wasmir-spec/02-text-format.md §2.3、wasmir-spec/12-memory-and-module-entities.md）。

    错误示例：

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get[$count]
            return %v
    {"    }"}

    修复：声明该实体，此处为 `global $count: i32 mut = 0`，或更正名称。

e0114-explain =
    模块中某个 `$name` 被声明了两次。
    内存、全局变量、表、签名和数据项共用一个命名空间，因为立即数只凭名称指明其实体（wasmir-spec/02-text-format.md §2.3、wasmir-spec/06-verifier.md §6.1.4）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        global $heap: i32 = 0

    修复：重命名其中一个，例如 `global $heap_base: i32 = 0`。

e0115-explain =
    `$name` 的种类与其所在位置要求的种类不同，例如在应为内存的位置写了全局变量。
    运算符的格式规定了其立即数的种类和顺序（wasmir-spec/02-text-format.md §2.2、wasmir-spec/04-instructions.md）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        global $g: i32 = 0
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load[$g] %p
            return %v
    {"    }"}

    修复：指定种类正确的实体：`i32.load[$heap] %p`。

e0116-explain =
    方括号中的立即数与运算符的格式不符：缺失、多余、重复或未知。
    每个运算符只有一种格式：load 和 store 接受 `[$mem, offset=N, align=A, notrap, aligned]`，`global.get` 接受一个全局变量，`slot.addr` 接受一个栈槽，`data.addr` 接受 `[$data, addend=N]`，`fn.index` 接受 `[$table, @f]`；其他运算符不接受立即数（wasmir-spec/02-text-format.md §2.2）。提示中给出了该运算符的写法。

    错误示例：

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load %p
            return %v
    {"    }"}

    修复：写出格式所要求的立即数：`i32.load[$heap] %p`。

e0117-explain =
    函数没有声明该 `#slot`。
    栈槽局部于其所属函数，并在函数的第一个基本块之前声明（wasmir-spec/12-memory-and-module-entities.md §12.3.1）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    修复：在函数体开头声明该栈槽：`slot #buf: 8 align 4`。

e0118-explain =
    同一函数中某个栈槽被声明了两次。
    `slot.addr` 通过名称指明栈槽，因此函数的每个栈槽都有各自的名称（wasmir-spec/12-memory-and-module-entities.md §12.3.1）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        fn @f() {"{"}
            slot #buf: 8
            slot #buf: 16
        ^entry:
            return
    {"    }"}

    修复：重命名其中一个栈槽，或删除重复的声明。

e0119-explain =
    `x"..."` 字节串中含有非十六进制数字的字符，或数字个数为奇数。
    字节串中每个字节写作两个十六进制数字（wasmir-spec/02-text-format.md §2.1、wasmir-spec/12-memory-and-module-entities.md §12.5）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        data $d = x"abc"

    修复：每个字节写两个数字：`x"0abc"`（或 `x"abc0"`，取决于原本想要的字节）。

e0120-explain =
    定义的全局变量没有初始值，或导入的全局变量带有初始值。
    定义的全局变量以 `=` 之后写出的值为初始值；导入的全局变量则从宿主获得其值（wasmir-spec/12-memory-and-module-entities.md §12.4）。

    错误示例：

        wasmir 0.2
        global $count: i32 mut

    修复：为定义的全局变量赋一个值（`global $count: i32 mut = 0`）；从导入的全局变量中删除 `= ...`。

e0121-explain =
    指令位置没有指明文件，而所在函数没有 `loc`。
    `loc LINE:COL` 表示函数自身文件中的某个位置，该文件由函数的 `loc "file" LINE:COL` 指明（wasmir-spec/02-text-format.md §2.2）。

    错误示例：

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return loc 3:5
    {"    }"}

    修复：指明文件（`return loc "src/lib.rs" 3:5`），或为函数指定位置：`fn @f() loc "src/lib.rs" 1:1 {"{"}`。

e0200-explain =
    已定义的函数没有基本块。
    有函数体的函数从其第一个基本块（即入口块）开始执行（wasmir-spec/06-verifier.md §6.2.1）。文本无法违反此规则（解析器或名称解析会先拒绝这一错误），因此它来自在内存中构建的 IR：优化遍（此时 wirc 报告 E0499）或 mir-export 之类的生成工具（E0513）。

    错误示例（在内存中构建并打印出的 IR）：

        fn @f() {"{"}
    {"    }"}

    修复：为函数提供一个以终结指令结尾的入口块，如 `^entry:` 之后接 `return`。如果它是由某个优化遍产生的，请连同输入的 .wir 文件一起报告该缺陷。

e0201-explain =
    两个函数（导入的或定义的）同名。
    调用和导出通过名称指明函数，因此一个名称只能表示一个函数（wasmir-spec/06-verifier.md §6.1.1）。在文本中，名称解析会先将重复的 `@name` 报告为 E0109；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0109）：

        wasmir 0.2
        import "env" "f" fn @f()
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    修复：重命名其中一个函数（生成工具应保证名称唯一）。

e0202-explain =
    两个导出的名称字符串相同。
    宿主按名称查找导出，含有两个同名导出的 wasm 模块是无效的（wasmir-spec/06-verifier.md §6.1.2）。同一个函数可以以多个名称导出。

    错误示例：

        wasmir 0.2
        export "run" fn @f
        export "run" fn @f
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    修复：删除重复的导出，或为其另起一个名称：`export "run2" fn @f`。

e0203-explain =
    导出引用了不存在的函数、内存、全局变量或表。
    导出使模块的某个实体对宿主可见，因此该实体必须存在；允许重新导出导入的实体（wasmir-spec/06-verifier.md §6.1.3）。在文本中，未知名称会先被报告为 E0106 或 E0113；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0106）：

        wasmir 0.2
        export "main" fn @main

    修复：定义或导入被导出的实体（`fn @main() {"{"}...{"}"}`），或删除该导出。

e0204-explain =
    入口块的参数与函数签名不一致。
    进入函数时，入口块的参数保存函数的实参，因此它们的类型必须与签名的参数类型完全一致，且顺序相同（wasmir-spec/06-verifier.md §6.2.2）。

    错误示例：

        wasmir 0.2
        fn @f(i64) -> i64 {"{"}
        ^entry(%x: i32):
            trap
    {"    }"}

    修复：为签名中的每个参数声明一个类型相同的块参数：`^entry(%x: i64):`。

e0205-explain =
    分支以入口块为目标。
    入口块没有前驱：它的参数就是函数的实参，而 wasm 函数体无法跳回其开头（wasmir-spec/06-verifier.md §6.2.3）。

    错误示例：

        wasmir 0.2
        fn @spin() {"{"}
        ^entry:
            br ^entry
    {"    }"}

    修复：让循环从第二个基本块开始（wasmir-spec/05-control-flow.md §5.3）：

        ^entry:
            br ^loop
        ^loop:
            br ^loop

e0206-explain =
    基本块没有以终结指令结尾。
    每个基本块的最后一条指令都是 `br`、`br_if`、`switch`、`return` 或 `trap`：控制流从不会落入下一个基本块，因此优化遍可以自由地重排基本块（wasmir-spec/06-verifier.md §6.3.1）。

    错误示例：

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 1
    {"    }"}

    修复：用终结指令结束该基本块，此处为 `return %x`。

e0207-explain =
    终结指令之后，同一基本块中还有其他指令。
    终结指令结束其所在的基本块；其后的指令永远不会执行（wasmir-spec/06-verifier.md §6.3.2）。

    错误示例：

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return
            trap
    {"    }"}

    修复：删除这些不可达的指令，或将它们移到一个由分支到达的独立基本块中。

e0208-explain =
    某个基本块在函数布局中出现了多次。
    布局是函数中基本块的列表；每个基本块在其中只占一个位置（wasmir-spec/06-verifier.md §6.3.3）。文本无法违反此规则（解析器或名称解析会先拒绝这一错误），因此它来自在内存中构建的 IR：优化遍（此时 wirc 报告 E0499）或 mir-export 之类的生成工具（E0513）。

    错误示例（在内存中构建的 IR）：某个优化遍没有移动 `^loop`，而是把它再次追加到布局中，于是打印出的函数会列出两次 `^loop:`。

    修复：基本块只插入布局一次；要插到别处，先将其移除。请报告构建该 IR 的优化遍或生成工具。

e0209-explain =
    某条指令在已布局的基本块中被列出了多次。
    一条指令只属于一个基本块中的一个位置，其结果就在那里定义（wasmir-spec/06-verifier.md §6.3.4）。文本无法违反此规则（解析器或名称解析会先拒绝这一错误），因此它来自在内存中构建的 IR：优化遍（此时 wirc 报告 E0499）或 mir-export 之类的生成工具（E0513）。

    错误示例（在内存中构建的 IR）：某个优化遍将 `%x = i32.add %a, %b` 复制到另一个基本块，却没有从原基本块中删除它，于是同一条指令连同同一个结果 `%x` 同时位于两个基本块中。

    修复：移动指令时将其从原基本块中删除，或创建一条带有新结果的新指令。请报告构建该 IR 的优化遍或生成工具。

e0210-explain =
    IR 引用了函数中不存在的基本块、指令、值或分支目标。
    每个已布局的基本块、它的参数、它的指令、指令的结果以及每个分支目标都必须存在于函数的 arena 中（wasmir-spec/06-verifier.md §6.3.5）。文本无法违反此规则（解析器或名称解析会先拒绝这一错误），因此它来自在内存中构建的 IR：优化遍（此时 wirc 报告 E0499）或 mir-export 之类的生成工具（E0513）。

    错误示例（在内存中构建的 IR）：生成工具在布局中放入了取自另一个函数的基本块索引，或超出 arena 末尾的指令索引。

    修复：只通过该函数自己的 builder 构建函数的实体。请报告构建该 IR 的优化遍或生成工具。

e0211-explain =
    分支的目标基本块不在布局中。
    布局之外的基本块没有代码，在生成的函数中也没有位置（wasmir-spec/06-verifier.md §6.3.6）。文本无法违反此规则（解析器或名称解析会先拒绝这一错误），因此它来自在内存中构建的 IR：优化遍（此时 wirc 报告 E0499）或 mir-export 之类的生成工具（E0513）。

    错误示例（在内存中构建的 IR）：某个优化遍将基本块 `^exit` 从布局中移除，却在另一个基本块中留下了 `br ^exit`。

    修复：移除基本块之前，先重定向或删除所有跳转到它的分支。请报告构建该 IR 的优化遍或生成工具。

e0212-explain =
    指令的操作数数量错误。
    每个运算符接受的操作数个数由运算符表中对应的行规定（wasmir-spec/04-instructions.md）；`call` 的操作数个数等于被调函数的参数个数，`return` 的操作数个数等于函数的结果个数（wasmir-spec/06-verifier.md §6.4.1）。

    错误示例：

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %y = i32.add %x
            return %y
    {"    }"}

    修复：传入全部操作数：`%y = i32.add %x, %x`。

e0213-explain =
    操作数的类型错误。
    WasmIR 没有隐式转换：`i32` 和 `i64` 是不同的类型，相同宽度的整数和浮点数也是不同的类型。`br_if`、`trapz` 和 `trapnz` 接受 `i32` 类型的条件（wasmir-spec/06-verifier.md §6.4.2）。

    错误示例：

        wasmir 0.2
        fn @f(i64) -> i64 {"{"}
        ^entry(%x: i64):
            %one = i32.const 1
            %y = i64.add %x, %one
            return %y
    {"    }"}

    修复：使用类型正确的操作数（`%one = i64.const 1`），或先进行转换（`i64.extend_i32_s`）；更宽的条件值需先做比较（`i64.ne`）。

e0214-explain =
    指令的结果数量错误。
    常量和运算符有一个结果，`call` 的结果个数等于被调函数的返回值个数，`trapz`、`trapnz` 和终结指令没有结果（wasmir-spec/06-verifier.md §6.4.3）。在文本中，`=` 之前名称的个数会先被检查（E0111）；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0111）：

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %a, %b = i32.add %x, %x
            return %a
    {"    }"}

    修复：为指令提供与其结果完全对应的结果（`%a = i32.add %x, %x`）。

e0215-explain =
    结果的类型错误。
    指令决定其结果类型；文本中从不写出结果类型，因此只有在内存中构建的 IR 才可能违反此规则：某个优化遍把一条指令替换为另一类型的指令，却没有修改其结果的类型（wasmir-spec/06-verifier.md §6.4.4）。

    错误示例（在内存中构建的 IR）：某个优化遍把 `%y = i32.add %a, %b` 改写为 `%y = i64.add %c, %d`，却让 `%y` 保持 `i32` 类型。

    修复：用新的结果创建新指令，或同时修改结果的类型。请报告构建该 IR 的优化遍或生成工具。

e0216-explain =
    `call` 引用了不存在的函数。
    被调函数必须是模块中定义或导入的函数（wasmir-spec/06-verifier.md §6.4.5）。在文本中，未知的 `@name` 会先被报告为 E0106；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0106）：

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            call @missing()
            return
    {"    }"}

    修复：定义或导入被调函数，或调用已有的函数。

e0217-explain =
    分支传给目标的实参数量错误。
    分支为目标基本块的每个参数传递一个实参：值正是这样流入基本块的（wasmir-spec/05-control-flow.md §5.1、wasmir-spec/06-verifier.md §6.4.6）。

    错误示例：

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            br ^exit
        ^exit(%r: i32):
            return %r
    {"    }"}

    修复：每个参数传一个实参：`br ^exit(%x)`。

e0218-explain =
    分支实参的类型与目标基本块对应参数的类型不同。
    WasmIR 没有隐式转换（wasmir-spec/06-verifier.md §6.4.7）。

    错误示例：

        wasmir 0.2
        fn @f(i32) -> i64 {"{"}
        ^entry(%x: i32):
            br ^exit(%x)
        ^exit(%r: i64):
            return %r
    {"    }"}

    修复：先转换实参（`%w = i64.extend_i32_u %x` 和 `br ^exit(%w)`），或修改参数的类型。

e0219-explain =
    `switch` 的操作数不是整数。
    `switch` 会变成 wasm `br_table` 的索引或一串比较，因此其操作数必须是 `i32` 或 `i64`（wasmir-spec/06-verifier.md §6.4.8）。

    错误示例：

        wasmir 0.2
        fn @f(f64) {"{"}
        ^entry(%x: f64):
            switch %x, ^d, [0: ^d]
        ^d:
            return
    {"    }"}

    修复：先将操作数转换为整数，例如用 `i32.trunc_f64_s`，或用 `f64.eq` 加 `br_if` 比较浮点数。

e0220-explain =
    同一个 `switch` 的两个 case 值相同。
    否则一个值会跳到哪个目标将取决于 case 的顺序。case 按操作数类型的位模式进行比较，因此在对 `i32` 的 switch 中，`-1` 和 `4294967295` 是同一个 case（wasmir-spec/06-verifier.md §6.4.9）。

    错误示例：

        wasmir 0.2
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            switch %x, ^d, [1: ^d, 1: ^d]
        ^d:
            return
    {"    }"}

    修复：删除重复的 case，或更正其值。

e0221-explain =
    `switch` 的 case 值超出了操作数类型的范围。
    在对 `i32` 的 switch 中，case 是 32 位的位模式；更大的 case 永远不会匹配（wasmir-spec/06-verifier.md §6.4.10）。在文本中，case 字面量按操作数的类型读取，超出范围的 case 会先被报告为 E0110；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0110）：

        wasmir 0.2
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            switch %x, ^d, [4294967296: ^d]
        ^d:
            return
    {"    }"}

    修复：删除该 case，或对 `i64` 进行 switch。

e0222-explain =
    操作数或分支实参没有在函数布局中定义。
    每次使用的都必须是同一函数中某个已布局基本块所定义的值；布局中不再列出的基本块所定义的值是未定义的（wasmir-spec/06-verifier.md §6.5.1）。在文本中，未知的 `%name` 会先被报告为 E0104；此代码针对在内存中构建的 IR。

    错误示例（在内存中构建的 IR）：某个优化遍删除了定义 `%x` 的基本块 `^a`，但 `^b` 仍在使用 `%x`。

    修复：删除值的定义之前，先替换它的所有使用。请报告构建该 IR 的优化遍或生成工具。

e0223-explain =
    值在其定义不一定已执行的位置被使用。
    在定义所在基本块内的使用必须位于定义之后；在其他基本块中的使用必须受定义所在基本块支配：从入口出发的每条路径都经过该基本块（wasmir-spec/06-verifier.md §6.5.2）。正因如此，值才能在不借助块参数的情况下可用。

    错误示例：

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%c: i32):
            br_if %c, ^a, ^b
        ^a:
            %x = i32.const 1
            br ^b
        ^b:
            return %x
    {"    }"}

    修复：在每条路径上将该值作为块实参传递（`^b(%r: i32)`、`br ^b(%x)`，以及来自 `^entry` 的一个值），或在起支配作用的基本块中定义它。

e0224-explain =
    值被定义了多次。
    一个值是一个块参数或一个指令结果，而不是两个（wasmir-spec/06-verifier.md §6.5.3）。在文本中，重复的 `%name` 会先被报告为 E0107；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0107）：

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %x = i32.add %x, %x
            return %x
    {"    }"}

    修复：让每个定义都有各自的值。

e0225-explain =
    值的定义记录与布局中实际定义它的位置不一致。
    每个值都记录了自己的定义位置（某个基本块的第 k 个参数，或某条指令的第 k 个结果）；优化遍读取该记录即可找到定义，无需搜索（wasmir-spec/06-verifier.md §6.5.4）。文本无法违反此规则（解析器或名称解析会先拒绝这一错误），因此它来自在内存中构建的 IR：优化遍（此时 wirc 报告 E0499）或 mir-export 之类的生成工具（E0513）。

    错误示例（在内存中构建的 IR）：某个优化遍把 `%x` 从一条指令的结果移到另一条指令的结果中，却没有更新其记录。

    修复：通过 IR 的 API 更新值的定义，它会同步维护该记录。请报告构建该 IR 的优化遍或生成工具。

e0226-explain =
    导入的模块名或字段名，或导出的名称，长度超过 100,000 字节。
    引擎会拒绝 UTF-8 编码超过 100,000 字节的 wasm 名称（JS API 的实现限制、V8、wasmparser），因此 WasmIR 会先行拒绝（wasmir-spec/06-verifier.md §6.7.1）。计算的是字节数，而不是字符数。

    错误示例（有删节）：

        wasmir 0.2
        export "aaaa...a (100,001 bytes)" fn @f

    修复：使用更短的名称。

e0227-explain =
    签名的参数超过 1,000 个。
    引擎会拒绝参数超过 1,000 个的函数（wasmir-spec/06-verifier.md §6.7.2）。

    错误示例（有删节）：

        wasmir 0.2
        import "env" "f" fn @f(i32, i32, ..., i32)   ; 1,001 parameters

    修复：改为通过内存传递实参（指向结构体或数组的指针）。

e0228-explain =
    签名的结果超过 1,000 个。
    引擎会拒绝结果超过 1,000 个的函数（wasmir-spec/06-verifier.md §6.7.3）。

    错误示例（有删节）：

        wasmir 0.2
        fn @f() -> (i32, i32, ..., i32)   ; 1,001 results

    修复：通过内存返回这些值：接受一个指向输出缓冲区的指针。

e0229-explain =
    模块中导入和定义的函数合计超过 1,000,000 个。
    引擎会拒绝函数更多的模块（wasmir-spec/06-verifier.md §6.7.4）。该诊断只报告一次，位于第 1,000,001 个函数处。

    错误示例：一个生成的模块，含有 `fn @f0` …… `fn @f1000000`。

    修复：将程序拆分为多个模块，或让 `dead-funcs`（在 -O1 和 -O2 下）删除不可达的函数。

e0230-explain =
    模块的导入超过 100,000 个。
    引擎会拒绝导入更多的模块（V8 的限制，wasmir-spec/06-verifier.md §6.7.5）。该诊断只报告一次，位于第 100,001 个导入处。

    错误示例：一个生成的模块，含有 `import "env" "f0" fn @f0()` …… `import "env" "f100000" fn @f100000()`。

    修复：减少导入的函数，例如改为导入一个根据参数进行分派的函数。

e0231-explain =
    模块的导出超过 100,000 个。
    引擎会拒绝导出更多的模块（V8 的限制，wasmir-spec/06-verifier.md §6.7.6）。该诊断只报告一次，位于第 100,001 个导出处。

    错误示例：一个生成的模块，含有 `export "f0" fn @f0` …… `export "f100000" fn @f100000`。

    修复：减少导出的函数，例如改为导出一个根据参数进行分派的函数，或拆分该模块。

e0232-explain =
    需要立即数的运算符没有写立即数。
    load、store、`memory.*`、`global.get`/`global.set`、`slot.addr`、`data.addr` 和 `fn.index` 都在立即数中指明其实体（wasmir-spec/06-verifier.md §6.8.1）。在文本中，缺少方括号会先被报告为 E0116；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0116）：

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get
            return %v
    {"    }"}

    修复：按指令的格式为其提供立即数：`global.get[$g]`。

e0233-explain =
    指令的立即数与其运算符的格式不符。
    load 接受一个内存参数，`global.get` 接受一个全局变量，`slot.addr` 接受一个栈槽，依此类推；立即数不对，指令就没有可供检查的类型（wasmir-spec/06-verifier.md §6.8.1）。在文本中，这一错误会先被报告为 E0116 或 E0115；此代码针对在内存中构建的 IR。

    错误示例（在内存中构建的 IR）：用 load 的立即数构建了 `global.get`，即给了一个内存参数而不是全局变量。

    修复：按运算符的格式为每条指令构建立即数。请报告构建该 IR 的优化遍或生成工具。

e0234-explain =
    立即数引用了不存在的内存。
    load 或 store 的内存参数，以及 `memory.size`、`memory.grow`、`memory.copy` 和 `memory.fill` 的内存，都必须是模块的内存（wasmir-spec/06-verifier.md §6.8.2）。在文本中，未知的 `$name` 会先被报告为 E0113；此代码针对在内存中构建的 IR，例如在只有一个内存的模块中访问内存 1。

    错误示例（以文本形式，报告为 E0113）：

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %n = memory.size[$heap]
            return %n
    {"    }"}

    修复：声明该内存（`memory $heap 1`），或指定模块的内存。

e0235-explain =
    `global.get` 或 `global.set` 引用了不存在的全局变量。
    指令的类型由该全局变量决定，因此它必须存在（wasmir-spec/06-verifier.md §6.8.2）。在文本中，未知的 `$name` 会先被报告为 E0113；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0113）：

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get[$count]
            return %v
    {"    }"}

    修复：声明该全局变量（`global $count: i32 mut = 0`），或引用已有的全局变量。

e0236-explain =
    `slot.addr` 引用的栈槽不是其所在函数声明的。
    栈槽局部于其所属函数：其他函数的栈槽不在本函数的栈帧中（wasmir-spec/06-verifier.md §6.8.2、wasmir-spec/12-memory-and-module-entities.md §12.3.1）。在文本中，未知的 `#slot` 会先被报告为 E0117；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0117）：

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    修复：在本函数中声明该栈槽：`slot #buf: 8`。

e0237-explain =
    `data.addr`（作为指令或数据片段）引用了不存在的数据项（wasmir-spec/06-verifier.md §6.8.2）。
    在文本中，未知的 `$name` 会先被报告为 E0113；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0113）：

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = data.addr[$msg]
            return %p
    {"    }"}

    修复：声明该数据项（`data $msg = "hello"`），或引用已有的数据项。

e0238-explain =
    `fn.index`、`call_indirect` 或某个数据片段引用了不存在的表（wasmir-spec/06-verifier.md §6.8.2）。
    在文本中，未知的 `$name` 会先被报告为 E0113；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0113）：

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$fns, @f]
            return %i
    {"    }"}

    修复：声明该表（`table $fns: funcref`），或引用已有的表。

e0239-explain =
    `call_indirect` 引用了不存在的签名。
    签名为调用提供实参和结果的类型，并在运行时与被调函数进行核对（wasmir-spec/06-verifier.md §6.8.2、wasmir-spec/12-memory-and-module-entities.md §12.6）。在文本中，未知的 `$name` 会先被报告为 E0113；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0113）：

        wasmir 0.2
        table $fns: funcref
        fn @f(i32) {"{"}
        ^entry(%i: i32):
            call_indirect[$fns, $sig] %i()
            return
    {"    }"}

    修复：声明该签名（`type $sig = fn()`），或引用已有的签名。

e0240-explain =
    `fn.index`（作为指令或数据片段）引用了不存在的函数（wasmir-spec/06-verifier.md §6.8.2）。
    在文本中，未知的 `@name` 会先被报告为 E0106；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0106）：

        wasmir 0.2
        table $fns: funcref
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$fns, @g]
            return %i
    {"    }"}

    修复：定义或导入该函数，或引用已有的函数。

e0241-explain =
    load 或 store 的 `align` 不是不大于其访问字节数的 2 的幂。
    wasm 要求对齐提示是不大于访问宽度的 2 的幂：`i32.load8_u` 为 1，`i64.load` 为 8（wasmir-spec/06-verifier.md §6.8.3）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load[$heap, align=8] %p
            return %v
    {"    }"}

    修复：使用不大于访问宽度的对齐（`align=4`），或省略它（默认值为访问宽度）。

e0242-explain =
    `global.set` 写入了未用 `mut` 声明的全局变量。
    与 wasm 一样，不可变全局变量始终保持其初始值（wasmir-spec/06-verifier.md §6.8.4）。

    错误示例：

        wasmir 0.2
        global $step: i32 = 3
        fn @f() {"{"}
        ^entry:
            %x = i32.const 1
            global.set[$step] %x
            return
    {"    }"}

    修复：将该全局变量声明为可变（`global $step: i32 mut = 3`），或不要写入它。

e0243-explain =
    模块使用了内存，却没有声明内存。
    load、store、`memory.*` 运算符、栈槽（位于影子栈中）和数据项都需要模块的内存（wasmir-spec/06-verifier.md §6.8.5）。

    错误示例：

        wasmir 0.2
        data $msg = "hello"

    修复：声明一个内存 `memory $heap 1`，或导入一个：`import "env" "memory" memory $heap 1`。

e0244-explain =
    模块声明了多个内存。
    WasmIR 0.2 只允许一个内存（导入的或定义的）；多内存支持被推迟，尽管每次访问都已经指明了所用的内存（wasmir-spec/06-verifier.md §6.9.1）。

    错误示例：

        wasmir 0.2
        memory $a 1
        memory $b 1

    修复：只保留一个内存，并把所有数据放在其中。

e0245-explain =
    内存的大小限制不满足 `min <= max <= 65536` 页。
    每页 64 KiB，65,536 页即 `i32` 地址所能覆盖的 4 GiB（wasmir-spec/06-verifier.md §6.9.2）。

    错误示例：

        wasmir 0.2
        memory $heap 2 max 1

    修复：让最小值不大于最大值（`memory $heap 1 max 2`），且两者都不超过 65536。

e0246-explain =
    全局变量初始值的类型与该全局变量的类型不同。
    初始值是全局变量在任何写入之前的值，因此其类型与全局变量相同（wasmir-spec/06-verifier.md §6.9.3）。文本会按全局变量的类型读取字面量，因此只有在内存中构建的 IR 才可能违反此规则。

    错误示例（在内存中构建的 IR）：`global $g: i64 = 0`，其初始常量却被构建为 `i32.const 0`。

    修复：按全局变量的类型构建初始常量。请报告构建该 IR 的生成工具。

e0247-explain =
    导入的全局变量带有初始值。
    导入的全局变量的值由宿主在实例化模块时提供（wasmir-spec/06-verifier.md §6.9.4）。在文本中，这会先被报告为 E0120；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0120）：

        wasmir 0.2
        import "env" "g" global $g: i32 = 0

    修复：删除初始值：`import "env" "g" global $g: i32`。

e0248-explain =
    定义的全局变量没有初始值。
    全局变量在任何写入之前的值就是其初始值（wasmir-spec/06-verifier.md §6.9.4）。在文本中，这会先被报告为 E0120；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0120）：

        wasmir 0.2
        global $count: i32 mut

    修复：为该全局变量提供初始值：`global $count: i32 mut = 0`。

e0249-explain =
    数据项的对齐不是不大于 65,536 的 2 的幂。
    数据项在内存中被放置在其对齐值整数倍的地址上（wasmir-spec/06-verifier.md §6.9.5、wasmir-spec/12-memory-and-module-entities.md §12.5）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        data $d align 3 = "abc"

    修复：使用 2 的幂：`data $d align 4 = "abc"`。

e0250-explain =
    栈槽的对齐不是不大于 65,536 的 2 的幂。
    栈槽放置在影子栈上函数栈帧中其对齐值整数倍的位置（wasmir-spec/06-verifier.md §6.9.6、wasmir-spec/12-memory-and-module-entities.md §12.3）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
            slot #buf: 8 align 3
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    修复：使用 2 的幂：`slot #buf: 8 align 4`。

e0251-explain =
    栈槽大于 2^31 字节。
    栈帧中的每个偏移量都必须能放入 `i32`（wasmir-spec/06-verifier.md §6.9.6）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
            slot #buf: 2147483649
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    修复：将大缓冲区放在数据项中或用 `memory.grow` 获得的内存中，而不是放在栈上。

e0252-explain =
    数据项大于 2^32 - 1 字节。
    数据项必须能放入 32 位内存，其地址和大小都用 `i32` 表示（wasmir-spec/06-verifier.md §6.9.5）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        data $big = [zero 4294967295, zero 1]

    修复：缩小该数据项；大块清零缓冲区可以在运行时用 `memory.grow` 获得。

e0253-explain =
    数据地址的 `addend` 指向了数据项末尾之后。
    `data.addr`（作为指令或数据片段）可以指向其数据项内部，或恰好指向末尾之后一个位置（与任何 Rust 对象一样），但不能更远（wasmir-spec/06-verifier.md §6.9.7）。

    错误示例：

        wasmir 0.2
        memory $heap 1
        data $msg = "abc"
        data $p align 4 = [data.addr[$msg, addend=4]]

    修复：使用不大于数据项大小的加数（此处为 3）。

e0254-explain =
    两个模块级 `$` 实体同名。
    内存、全局变量、表、签名和数据项共用一个命名空间，因为立即数只凭名称指明其实体（wasmir-spec/06-verifier.md §6.1.4）。在文本中，重复的 `$name` 会先被报告为 E0114；此代码针对在内存中构建的 IR。

    错误示例（以文本形式，报告为 E0114）：

        wasmir 0.2
        memory $heap 1
        global $heap: i32 = 0

    修复：重命名其中一个实体。

e0255-explain =
    全局变量的类型为 `i128`。
    wasm 全局变量最多容纳 64 位；`legalize-i128` 会把 `i128` 值拆分为两个 `i64`，但不拆分全局变量，因为宿主把它视为一个 wasm 全局变量（wasmir-spec/06-verifier.md §6.9.8、wasmir-spec/03-module-and-types.md §3.4.1）。

    错误示例：

        wasmir 0.2
        global $total: i128 mut = 0

    修复：将 128 位的值保存在内存中（一个 16 字节的数据项，用两次 `i64.load` 读取），rustc 对 128 位 static 也是这样处理的。

e0256-explain =
    值在被移动之后又被使用。
    消耗性使用会结束一个 `own` 或 `linear` 值：以 `own` 或 `linear` 接受它的调用、传给拥有所有权的块参数的分支实参、`return` 或 `drop`。在该路径上，这个值已不复存在，之后对它的任何使用，即使只是读取它的位或借用它，都是错误；如果移动只发生在通往某个使用处的部分路径上，该使用同样是错误（wasmir-spec/06-verifier.md §6.10）。与 Swift SIL 的所有权 SSA 一样，所有权种类是值的属性，而每个位置说明它是否消耗该值。

    错误示例：

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        import "env" "look" fn @look(borrow i32)
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            call @eat(%h)
            call @look(%h)
            return
    {"    }"}

    修复：在移动之前使用该值（先 `call @look(%h)`，再 `call @eat(%h)`），或让消耗它的函数返回一个新值，然后使用这个新值。

e0257-explain =
    `own` 或 `linear` 值被消耗了两次。
    每条路径上一项义务最多被履行一次：在一次消耗性使用（接受 `own` 或 `linear` 的调用、传给拥有所有权的参数的分支实参、`return`、`drop`）之后，该值已不存在，同一路径上的第二次消耗是错误。在循环中消耗一个在循环之前定义的值，会在下一次迭代中再次发生（wasmir-spec/06-verifier.md §6.10）。

    错误示例：

        wasmir 0.3
        import "env" "keep" fn @keep(own i32)
        fn @f(own i32, i32) {"{"}
        ^entry(%o: own i32, %n: i32):
            br ^head(%n)
        ^head(%i: i32):
            br_if %i, ^body, ^exit
        ^body:
            call @keep(%o)
            %one = i32.const 1
            %i1 = i32.sub %i, %one
            br ^head(%i1)
        ^exit:
            return
    {"    }"}

    修复：只消耗该值一次，例如在循环之后的 `^exit` 中；若要每次迭代消耗一个值，请将其作为 `^head` 的块参数带入循环，并在回边上传入一个新值（例如由某个调用返回的值）。

e0258-explain =
    `linear` 值从未被消耗。
    `linear` 值在每条正常返回的路径上恰好被消耗一次：传给接受它的函数或块参数、被返回，或用 `drop` 结束。WasmIR 从不隐式丢弃值；完全没有消耗性使用的线性值会在其定义处报告（wasmir-spec/06-verifier.md §6.10）。相比之下，`own` 值是仿射的：最多被消耗一次，也可以不被消耗。以 `trap` 结束的路径不承担任何义务。

    错误示例：

        wasmir 0.3
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            return
    {"    }"}

    修复：消耗该值：将其传给接受它的函数（`call @eat(%h)`，并导入 `import "env" "eat" fn @eat(linear i32)`）、将其返回，或在调用其析构函数之后用 `drop %h` 结束它。如果不消耗它是正确的，请改为将其声明为 `own`。

e0259-explain =
    `linear` 值在某条返回的路径上未被消耗。
    线性规则在每条正常返回的路径上都成立：在值仍存活时到达 `return`，就会泄漏其义务，即使其他路径消耗了它。以 `trap` 结束的路径不受此限，因为 trap 会中止整个调用，并履行所有义务（wasmir-spec/06-verifier.md §6.10）。

    错误示例：

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        fn @f(linear i32, i32) {"{"}
        ^entry(%h: linear i32, %c: i32):
            br_if %c, ^a, ^b
        ^a:
            call @eat(%h)
            return
        ^b:
            return
    {"    }"}

    修复：在这条路径上也消耗该值（在 `^b` 的 `return` 之前使用 `drop %h` 或接受它的调用），或者，如果这条路径不应返回，就以 `trap` 结束它。

e0260-explain =
    `linear` 值或借用在通往某个基本块的部分路径上被消耗，而在其他路径上没有。
    在路径汇合处，检查器必须知道该值是否仍存活。对于 `own` 值，可能发生的移动只禁止之后的使用；但 `linear` 值或借用必须要么在所有进入该基本块的路径上都被消耗，要么都不被消耗（wasmir-spec/06-verifier.md §6.10）。与 Swift SIL 的所有权 SSA 一样，在不同路径上状态不同的义务只能作为块实参跨越汇合点。

    错误示例：

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        fn @f(linear i32, i32) {"{"}
        ^entry(%h: linear i32, %c: i32):
            br_if %c, ^a, ^j
        ^a:
            call @eat(%h)
            br ^j
        ^j:
            return
    {"    }"}

    修复：在另一条路径上也消耗该值（`br_if %c, ^a, ^b`，并添加一个执行 `drop %h` 和 `br ^j` 的基本块 `^b`），或在汇合之后于 `^j` 中消耗它一次，而不是在 `^a` 中。

e0261-explain =
    值的所有权种类与使用它的位置不匹配。
    在消耗性位置上种类必须完全匹配：声明为 `own` 的参数、块参数或结果接受 `own` 值，声明为 `linear` 的接受 `linear` 值。平凡值（常量、算术运算的结果）只有通过显式创建，即 `%v = own %x` 或 `%v = linear %x`，才能成为一项义务，而其操作数必须是平凡的。同样，`drop` 接受 `own` 或 `linear` 值，`end_borrow` 接受在同一函数中开启的借用，而借用永远不能用于需要所有者的位置（wasmir-spec/06-verifier.md §6.10）。

    错误示例：

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            call @eat(%x)
            return
    {"    }"}

    修复：显式创建该义务并传递新值：先 `%l = linear %x`，再 `call @eat(%l)`。

e0262-explain =
    值在被借用期间被移动。
    `%b = borrow %h` 和 `%b = borrow mut %h` 开启一个借用作用域，由 `end_borrow %b` 关闭。在借用存活期间，其所有者 `%h` 不能被消耗（传给 `own` 或 `linear` 位置、作为分支实参或通过 `return`）：否则借用将指向一个已不存在的值（wasmir-spec/06-verifier.md §6.10）。Rust 以 E0505 报告同样的错误。

    错误示例：

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        import "env" "look" fn @look(borrow i32)
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            %b = borrow %h
            call @look(%b)
            call @eat(%h)
            end_borrow %b
            return
    {"    }"}

    修复：在移动之前结束借用：先 `end_borrow %b`，再 `call @eat(%h)`。

e0263-explain =
    所有者被结束时，其借用仍然存活。
    一个值的每个借用都在该值本身之前结束：如果在某个借用存活期间对所有者执行 `drop`，或对本身就是借用的所有者执行 `end_borrow`，该借用就会指向不存在的东西。因此在每条路径上借用作用域都是正确嵌套的（wasmir-spec/06-verifier.md §6.10）。Rust 以 E0597 报告同样的错误。

    错误示例：

        wasmir 0.3
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            %b = borrow %h
            drop %h
            end_borrow %b
            return
    {"    }"}

    修复：先结束借用：先 `end_borrow %b`，再 `drop %h`。

e0264-explain =
    对所有者的访问与其存活的借用发生冲突。
    独占借用（`borrow mut`）在其 `end_borrow` 之前排除对其所有者的任何其他访问：读取所有者、将其传给 `borrow` 参数或再次借用它都是错误。共享借用（`borrow`）允许读取和其他共享借用，但不允许对同一所有者进行独占借用（wasmir-spec/06-verifier.md §6.10）。

    错误示例：

        wasmir 0.3
        import "env" "look" fn @look(borrow i32)
        import "env" "poke" fn @poke(borrow mut i32)
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            %m = borrow mut %h
            call @look(%h)
            call @poke(%m)
            end_borrow %m
            drop %h
            return
    {"    }"}

    修复：在其他访问之前结束独占借用（将 `call @look(%h)` 移到 `end_borrow %m` 之后，或 `%m = borrow mut %h` 之前），或通过该借用本身进行访问。

e0265-explain =
    借用在某条返回的路径上未被结束。
    在函数体内开启的借用按 `linear` 值来检查，其唯一的消耗性使用是 `end_borrow`：它的作用域必须在每条正常返回的路径上关闭，即使所有者是 `own`、本身可以不被消耗也是如此。借用的参数是例外（其作用域是整个调用），以 `trap` 结束的路径也不受此限（wasmir-spec/06-verifier.md §6.10）。

    错误示例：

        wasmir 0.3
        fn @f(own i32, i32) {"{"}
        ^entry(%o: own i32, %c: i32):
            %r = borrow %o
            br_if %c, ^a, ^b
        ^a:
            end_borrow %r
            return
        ^b:
            return
    {"    }"}

    修复：在这条路径上也关闭作用域（在 `^b` 的 `return` 之前 `end_borrow %r`），或者，如果两个分支都不使用该借用，就在 `^entry` 中 `br_if` 之前关闭它一次。

e0266-explain =
    `linear` 值被写入内存或全局变量。
    义务只存在于验证器能够跟踪它们的地方：SSA 值和拥有所有权的表。内存和全局变量只保存位，而且任何指针都可能指向同一块内存，因此 `linear` 值（或它的借用）不能作为存储指令或 `global.set` 写入的值。`own` 值可以被存储：这只读取它的位，SSA 值仍然拥有所有权（wasmir-spec/06-verifier.md §6.10）。

    错误示例：

        wasmir 0.3
        memory $mem 1
        fn @f(linear i32, ptr) {"{"}
        ^entry(%h: linear i32, %p: ptr):
            i32.store[$mem] %p, %h
            drop %h
            return
    {"    }"}

    修复：让该值保持 SSA 形式（将其作为块实参传递，或传给接受它的函数），并且只在内存和全局变量中存储平凡值。

e0267-explain =
    所有权限定符出现在不允许的位置。
    `own` 和 `linear` 可以限定函数参数、函数结果和块参数。借用（`borrow`、`borrow mut`）只存在于单个函数体内部，从不跨越分支或返回，因此它只能限定函数参数（以及重复这些参数的入口块参数）：不能限定结果，也不能限定其他基本块的参数（wasmir-spec/06-verifier.md §6.10）。

    错误示例：

        wasmir 0.3
        fn @f(borrow i32) -> borrow i32 {"{"}
        ^entry(%b: borrow i32):
            return %b
    {"    }"}

    修复：改为返回一个所有者（`-> own i32` 或 `-> linear i32`，并返回该种类的值）；如果调用者只需要其位，则返回平凡的 `i32`。对于块参数，请将所有者传给该基本块，并在那里重新借用。

e0268-explain =
    表的元素类型不是引用类型。
    表存放的是引用而不是数字：`funcref` 存放 `call_indirect` 调用、`fn.index` 编号的函数，`externref` 存放宿主传入的值（wasmir-spec/06-verifier.md §6.9，wasmir-spec/12-memory-and-module-entities.md §12.6）。

    错误示例：

        wasmir 0.3
        table $t: i32

    修正：声明 `table $t: funcref` 或 `table $t: externref`。若要保存数字，请使用内存（数据项）。

e0269-explain =
    在 WasmIR 0.3 不允许的位置使用了引用类型：作为全局变量的类型、在数据项中或作为常量。
    引用是不透明的：它们只存在于 SSA 值（块参数、调用参数和结果）和表中，从不进入线性内存，也没有字面量（wasmir-spec/03-module-and-types.md §3.4.2，wasmir-spec/06-verifier.md §6.9）。引用类型的全局变量留待以后的版本。

    错误示例：

        wasmir 0.3
        global $g: externref mut = 0

    修正：把引用保存在表中（`table.set[$t] %i, %r`，用 `table.get` 读回），并用 `externref.null` 或 `funcref.null` 生成空引用。

e0270-explain =
    `call_indirect` 或 `fn.index` 指定的表，其元素不是 `funcref`。
    只有 `funcref` 表存放函数：`fn.index` 把函数放入其中，`call_indirect` 调用其中的函数（wasmir-spec/12-memory-and-module-entities.md §12.6）。

    错误示例：

        wasmir 0.3
        table $t: externref
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$t, @f]
            return %i
    {"    }"}

    修正：声明一个 `funcref` 表（`table $fns: funcref`），并在 `fn.index` 和 `call_indirect` 中使用它。

e0301-explain =
    不可归约的控制流：一个有多个入口基本块的循环。
    wasm 只有结构化循环，只能从循环头进入；跳回到一个并不支配分支源的基本块，若不复制代码便无法用 wasm 表示（wasmir-spec/07-lowering.md §7.3）。验证器接受这样的 IR，但发射器无法将其降级。

    错误示例（`wirc build -O0`；优化器可能会删除这么小的循环）：

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%n: i32):
            br_if %n, ^a, ^b
        ^a:
            br_if %n, ^b, ^out
        ^b:
            br ^a
        ^out:
            return %n
    {"    }"}

    修复：为循环提供一个支配它的唯一入口块，例如新建一个循环头，让所有入口都跳转到它，再由它用 `switch` 进行分派。

e0302-explain =
    此发射器没有降级实现的运算符。
    IR 比发射器更新：次版本可能会新增运算符（wasmir-spec/08-versioning.md、wasmir-spec/07-lowering.md §7.4）。wirc 自带的解析器与发射器是一致的，因此该错误来自与较旧的 wasmir-emit 链接在一起的较新的 IR 库。

    错误示例：用较新的 wasmir-syntax 构建的模块，使用了在此发射器发布之后才新增的运算符，并被交给这一版本的 `wasmir_emit`。

    修复：将 wasmir-emit 升级到与 IR 相同的版本，或用旧的运算符改写该运算符。

e0303-explain =
    模块违反了验证器所保证的某个不变式，发射器无法将其降级。
    发射器只接受有效的模块（wasmir-spec/07-lowering.md，有效性见第 6 章）；它报告此代码而不是 panic。若带有 `invalid-ir`，说明该模块未经验证：`wirc check` 会解释消息中提到的验证器代码。否则就是验证器接受了一个本不该接受的模块：这是一个缺陷。

    错误示例：某个程序在内存中构建 IR（没有基本块，或基本块缺少终结指令），且未经验证就调用发射器。

    修复：发射之前先验证模块并修复验证器报告的错误；如果 `wirc check` 接受该 .wir 文件，请连同该文件一起报告此缺陷（`-O0` 可以避开优化遍）。

e0304-explain =
    函数需要超过 50,000 个局部变量（含参数）。
    引擎会拒绝这样的函数（JS API 的实现限制；wasmir-spec/07-lowering.md §7.8、wasmir-spec/06-verifier.md §6.7）。活跃区间不重叠的值共用一个局部变量，因此计数的是同时活跃的值的个数，再加上临时局部变量。

    错误示例：一个生成的函数，先计算 60,000 个值，最后才全部使用：

        %v0 = i32.const 0
        ; %v1 to %v59998 likewise
        %v59999 = i32.const 59999

    修复：拆分该函数，或减少同时活跃的值。

e0305-explain =
    函数的代码大于 7,654,321 字节。
    引擎会拒绝超过该大小的函数体，局部变量声明也计算在内（wasmir-spec/07-lowering.md §7.8）。

    错误示例：一个生成的函数，含有数百万条直线型代码中的指令，例如完全展开的循环。

    修复：将该函数拆分为多个较小的函数，或保留循环而不将其展开。

e0306-explain =
    `switch` 需要一个超过 65,520 项的 `br_table`。
    V8 最多接受 65,520 个 `br_table` 表项（wasmir-spec/07-lowering.md §7.6、§7.8）。对于这样的范围，`switch` 的降级会采用稀疏形式，因此此代码是发射器的最后一道防线，不应由 `switch` 引发。

    错误示例：未来某种降级方式为分布在 100,000 个值上的 case 生成稠密的 `br_table`。

    修复：将该 switch 拆分为若干覆盖较小范围的 switch（先根据值是否小于中间的 case 进行分支）；如果该消息来自普通的 `wirc build`，请报告此问题。

e0307-explain =
    整个模块大于 1 GiB。
    引擎会拒绝超过 1,073,741,824 字节的模块（wasmir-spec/07-lowering.md §7.8）。

    错误示例：含有数 GiB 代码或数据项的模块，例如 `data $big = [zero 1200000000]` 加上相应大小的内存。

    修复：将程序拆分为多个模块，并在运行时创建大块清零缓冲区（`memory.grow`），而不是把它们写进模块。

e0308-explain =
    内存太小，放不下影子栈和数据项。
    模块启动时，影子栈（当有函数带有栈槽时，默认为 1 MiB）和所有数据项都被放入内存，因此内存必须允许足够的页数（wasmir-spec/12-memory-and-module-entities.md §12.3.3、§12.5）。

    错误示例：

        wasmir 0.2
        memory $heap 1 max 1
        export "f" fn @f
        fn @f() -> ptr {"{"}
            slot #buf: 8
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    修复：提高内存的 `max`（或将其删除），缩小数据，或选择更小的栈大小。

e0309-explain =
    模块到达发射器时仍含有 `i128` 值。
    wasm 没有 128 位整数：`legalize-i128` 优化遍会在发射之前把每个 `i128` 拆分为两个 `i64`（wasmir-spec/03-module-and-types.md §3.4.1、wasmir-spec/11-optimizations.md §11.2）。wirc 在每个 `-O` 级别都会运行它，因此该错误来自直接调用发射器的程序。

    错误示例：某个程序解析了使用 `i128.add` 的模块，未运行优化器就调用了 `wasmir_emit`。

    修复：在发射之前对模块运行 `wasmir_opt::legalize_i128::run`。

e0310-explain =
    模块到达发射器时仍带有所有权信息。
    wasm 没有所有权：`strip-ownership` 优化遍会在发射之前擦除所有权种类、义务的创建、借用、`end_borrow` 和 `drop`，使任何优化遍和后端都看不到它们（wasmir-spec/11-optimizations.md §11.2）。wirc 在每个 `-O` 级别都会首先运行它，因此该错误来自直接调用发射器的程序。

    错误示例：某个程序解析了使用 `drop` 的模块，未运行优化器就调用了 `wasmir_emit`。

    修复：在发射之前对模块运行 `wasmir_opt::strip_ownership::run`。

e0401-explain =
    无法读取某个输入文件。消息中给出了操作系统报告的错误。

    错误示例：

        wirc build missing.wir

    修复：检查文件是否存在、路径是否正确，以及文件是否可读。

e0402-explain =
    `.wir` 输入不是 UTF-8 文本。
    文本格式采用 UTF-8 编码（wasmir-spec/02-text-format.md §2.1）。只有 `wirc run` 接受 wasm 二进制文件。

    错误示例：

        wirc check module.wasm

    修复：传入 `.wir` 文件，将文件转换为 UTF-8，或用 `wirc run module.wasm --invoke f` 运行该二进制文件。

e0403-explain =
    无法写入某个输出。消息中给出了操作系统报告的错误；不会留下写了一半的文件。

    错误示例：

        wirc build f.wir -o /no/such/dir/f.wasm

    修复：检查输出目录是否存在且可写，以及磁盘是否已满。

e0420-explain =
    wasmtime 无法加载传给 `wirc run` 的模块。
    wirc 会验证其生成的模块，因此该错误来自由其他工具构建的或已损坏的 `.wasm` 文件。

    错误示例：

        wirc run broken.wasm --invoke main

    修复：用 `wasm-tools validate` 验证该模块，或用 `wirc` 从其 `.wir` 重新编译。

e0421-explain =
    `wirc run --invoke` 指定的名称不是模块导出的函数。
    只有导出的函数才能从外部调用（wasmir-spec/03-module-and-types.md §3.3）；提示中列出了已导出的函数。

    错误示例：

        wirc run fib.wir --invoke fibonacci

    修复：调用一个已导出的名称（`--invoke fib`），或在模块中加上 `export "fibonacci" fn @fib`。

e0422-explain =
    传给 `wirc run` 的实参个数与被调用函数不符。
    函数的每个参数在命令行上对应一个实参，写在各选项之后。

    错误示例（`@fib` 接受一个 `i64`）：

        wirc run fib.wir --invoke fib 10 20

    修复：每个参数传一个实参：`wirc run fib.wir --invoke fib 10`。

e0423-explain =
    模块导入了函数，而 `wirc run` 不提供宿主函数。
    实例化模块需要提供所有导入（wasmir-spec/12-memory-and-module-entities.md §12.7）；除 mir-export 的 panic 消息导入外，`wirc run` 不提供任何导入。

    错误示例（`wirc run m.wir --invoke log 1`）：

        wasmir 0.2
        import "env" "log" fn @log(i32)
        export "log" fn @log

    修复：在提供这些导入的宿主中运行该模块，或删除该导入（为 `wirc run` 编写的模块只做计算并返回结果）。

e0424-explain =
    被调用的函数触发了陷阱（trap）。
    陷阱是 Rust panic 或未定义操作在 wasm 中的表现形式：`trap`、除以零、检查算术中的溢出、越界访问等（wasmir-spec/01-overview.md §1.3）。消息会给出陷阱的种类，若模块带有位置信息，还会给出位置。

    错误示例（`wirc run f.wir --invoke f 0`）：

        wasmir 0.2
        export "f" fn @f
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %one = i32.const 1
            %q = i32.div_u %one, %x
            return %q
    {"    }"}

    修复：传入不会使函数触发陷阱的实参，或对该操作加以防护（与零比较后再分支）。

e0425-explain =
    `wirc run` 的某个实参无法按其参数类型解析。
    整数接受其宽度对应的有符号或无符号范围；浮点数接受十进制小数、`inf` 和 `nan`。

    错误示例（`@fib` 接受一个 `i64`）：

        wirc run fib.wir --invoke fib ten

    修复：写一个符合参数类型的数：`wirc run fib.wir --invoke fib 10`。

e0426-explain =
    `wirc run --backend interp` 或 `--backend native` 收到了 wasm 二进制文件。
    参考解释器和原生后端（Cranelift）运行的是 WasmIR，而不是 wasm。

    错误示例：

        wirc run fib.wasm --backend interp --invoke fib 10

    修复：将 `.wir` 文件传给解释器，或用 `--backend wasmtime`（默认值）运行 `.wasm` 文件。

e0427-explain =
    `--passes` 或 `--print-after` 指定了未注册的优化遍。
    `wirc passes` 会列出所有优化遍和默认流水线（wasmir-spec/11-optimizations.md §11.2）。

    错误示例：

        wirc build f.wir --passes=const-fold,inline

    修复：使用已注册的名称，例如 `--passes=const-fold,dce`。

e0428-explain =
    `wirc explain` 收到的代码没有对应的解释。
    代码写作 `E` 加四位数字（也接受 `E0203`、`e0203` 或 `0203`），每个阶段有各自的范围：E00xx/E01xx 文本，E02xx 验证器，E03xx 发射器，E04xx wirc，E05xx mir-export。

    错误示例：

        wirc explain E9999

    修复：从诊断中复制代码，如 `error[E0203]`，然后运行 `wirc explain E0203`。

e0429-explain =
    内部编译器错误：原生后端（`wirc run --backend native`，进程内的 Cranelift）无法编译该模块。
    验证器接受的每个模块都应能编译；这是后端的缺陷，消息给出了 Cranelift 报告的内容。

    修正：附上 `.wir` 文件报告该缺陷；在此期间用 `--backend wasmtime`（默认）或 `--backend interp` 运行该模块。

e0498-explain =
    编译器内部错误：发射的模块未通过验证。
    发射器返回的每个模块都是有效的 wasm（wasmir-spec/07-lowering.md）；wirc 仍会验证它，并报告此代码，而不是写出无效的文件。

    错误示例：任何触发该错误的输入都说明 wirc 存在缺陷，而不是输入有问题。

    修复：请连同 .wir 文件一起报告此问题；在此期间，若问题与优化有关，`-O0` 或许可以避开它。

e0499-explain =
    编译器内部错误：某个优化遍破坏了有效的 IR。
    每个优化遍都把有效的 IR 变换为有效的 IR（wasmir-spec/11-optimizations.md §11.1）；wirc 在每个优化遍之后都会进行验证，并报告此代码（附带该优化遍的名称和验证器报告的第一个错误），而不是生成错误的代码。

    错误示例：任何触发该错误的输入都说明所指明的优化遍存在缺陷，而不是输入有问题。

    修复：请连同 .wir 文件一起报告此问题；在此期间，可以用 `-O0`，或用不含该优化遍的 `--passes` 来避开它。

e0500-explain =
    mir-export 的驱动程序无法运行：命令行有误、panic 模式未知、rustc 编译失败、MIR sysroot 构建失败，或输出无法写入（crates/mir-export/README.md）。

    错误示例：

        mir-export src/lib.rs --panic=unwind

    修复：按消息操作；此处应使用 `--panic=trap`（默认值）或 `--panic=message`。如果是 rustc 本身失败，请修复它在上方打印的错误。

e0501-explain =
    超出 mir-export 可降级子集的 MIR 右值：线程局部变量（`ThreadLocalRef`）、`Reborrow`，或带字段的协程的 `Aggregate`（wasmir-spec/10-from-rust.md §10.5）。

    错误示例：

        thread_local!(static N: core::cell::Cell<u32> = const {"{"} core::cell::Cell::new(0) {"}"});
        #[no_mangle]
        pub extern "C" fn bump() -> u32 {"{"} N.with(|n| {"{"} n.set(n.get() + 1); n.get() {"}"}) {"}"}

    修复：用 `static`（原子类型，或用安全封装包裹的 `static mut`）代替线程局部变量：不带线程的 wasm32 只有一个线程。

e0502-explain =
    mir-export 无法降级的 MIR 语句（wasmir-spec/10-from-rust.md §10.5）。目前没有任何语句种类会被拒绝；只有当 `CopyNonOverlapping` 所指向的类型没有 mir-export 能够复制的布局时，才会报告此错误。

    错误示例：

        unsafe {"{"} core::ptr::copy_nonoverlapping(src, dst, n) {"}"}   // with an unusual pointee type

    修复：通过字节指针（`*const u8`）并以字节为单位指定大小进行复制；如果该结构理应得到支持，请报告它。

e0503-explain =
    mir-export 无法降级的 MIR 终结子：`Resume`（栈展开）或 `InlineAsm`（wasmir-spec/10-from-rust.md §10.5）。
    panic 会直接中止：驱动程序会添加 `-C panic=abort`，因此只有当某个标志要求栈展开时才会出现 `Resume`。

    错误示例：

        #[no_mangle]
        pub extern "C" fn f() {"{"} unsafe {"{"} core::arch::asm!("nop") {"}"} {"}"}

    修复：删除内联汇编，并且不要传入 `-C panic=unwind`。

e0504-explain =
    超出子集的类型：`f16`、`f128`、SIMD 向量、unsized 局部变量、超过 4 GiB 或嵌套超过 24 层的类型（wasmir-spec/10-from-rust.md §10.2、§10.5）。
    WasmIR 目前还没有对应的类型，也没有 SIMD 降级。

    错误示例：

        #[no_mangle]
        pub extern "C" fn half(x: f32) -> f32 {"{"} (x as f16 / 2.0) as f32 {"}"}

    修复：用 `f32` 或 `f64` 进行计算；用普通数组代替 SIMD 向量。

e0505-explain =
    mir-export 无法降级的 place 投影：对保存在 SSA 中的值进行 `Index`、`ConstantIndex` 或 `Subslice`，或对非指针进行 `Deref`（wasmir-spec/10-from-rust.md §10.3、§10.5）。
    rustc 的 MIR 目前不会产生这些投影（数组位于内存中），因此该错误意味着出现了不寻常的 MIR 或存在缺陷。

    错误示例：由较新的 rustc 生成、对 SSA 值进行投影的 MIR。

    修复：请连同 Rust 源代码一起报告此问题；改写该表达式（通过引用进行索引，如 `(&arr)[i]`）或许可以避开它。

e0506-explain =
    mir-export 无法降级的常量：种类为 `Ty`、`Unevaluated` 或 `Param` 的常量，大小不为零的 `ZeroSized`，或初始化表达式求值失败的 static（wasmir-spec/10-from-rust.md §10.5）。

    错误示例：单态化之后仍未求值的泛型常量：

        fn f<const N: usize>() -> usize {"{"} N {"}"}

    修复：在使用处让该常量成为具体值（`const` 项或字面量），或连同 Rust 源代码一起报告该结构。

e0507-explain =
    mir-export 既不能原生降级、也无法通过 core 中的后备函数体降级的 intrinsic：libm 风格的浮点 intrinsic（`fmaf64`、`powif64`、`sinf64` 等），或对切片、`str` 和 `dyn` 以外的 unsized 类型使用的 `size_of_val`（wasmir-spec/10-from-rust.md §10.5）。

    错误示例：

        #[no_mangle]
        pub extern "C" fn f(x: f64) -> f64 {"{"} x.sin() {"}"}

    修复：使用纯 Rust 实现（例如 `libm` crate），它会像程序的其余部分一样经由 WasmIR 编译。

e0508-explain =
    mir-export 无法调用的被调函数：没有 MIR 函数体的函数（既不是外部函数，也不是带函数体的 shim），通过既非函数项也非函数指针的值进行的调用，或接收者不是胖指针的虚调用（wasmir-spec/10-from-rust.md §10.1、§10.5）。

    错误示例：调用某个在编译时未保留 MIR 的依赖中的函数（在 mir-export 之外构建的 rlib）。

    修复：通过 mir-export 构建依赖（`mir-export cargo build`，其 MIR sysroot 包含所有函数体），或将该函数声明为导入（`extern "C"`）。

e0509-explain =
    mir-export 无法降级的类型转换：trait 向上转换（`dyn B` 转为 `dyn A`）、其他 unsizing 转换、大小不同的类型之间的 transmute，或需要凭空构造元数据的指针转换（wasmir-spec/10-from-rust.md §10.5）。

    错误示例：

        trait A {"{"}{"}"}
        trait B: A {"{"}{"}"}
        fn up(b: &dyn B) -> &dyn A {"{"} b {"}"}

    修复：直接通过 `dyn B` 调用，或为 `B` 添加一个返回 `&dyn A` 的方法。

e0510-explain =
    mir-export 无法降级的 MIR 运算符：浮点数上的非算术二元运算符，或 `Add`、`Sub` 和 `Mul` 以外的检查运算符（wasmir-spec/10-from-rust.md §10.4、§10.5）。

    错误示例：含有带检查的移位或浮点位运算的 MIR，某些编译器版本或 intrinsic 会产生这样的 MIR。

    修复：用受支持的运算符改写该运算（例如使用 wrapping 方法加上显式检查），并连同 Rust 源代码一起报告该结构。

e0511-explain =
    导出或导入的函数的签名不全由标量组成。
    导出和导入的函数跨越 wasm 边界，而边界上只有数字：每个参数必须是整数、浮点数、`bool`、`char` 或瘦指针，结果必须是标量或 `()`（wasmir-spec/10-from-rust.md §10.1、crates/mir-export/README.md）。

    错误示例：

        #[no_mangle]
        pub extern "C" fn sum(xs: &[u32]) -> u32 {"{"} xs.iter().sum() {"}"}

    修复：将切片作为指针和长度传递：`sum(ptr: *const u32, len: usize)`，并通过输出指针返回结构体。

e0512-explain =
    crate 不是为 `wasm32` 编译的。
    WasmIR 的指针是 32 位宽，且 mir-export 读取的布局来自目标平台（wasmir-spec/10-from-rust.md §10.2）；除非命令行指定了其他目标，驱动程序会添加 `--target=wasm32-unknown-unknown`。

    错误示例：

        mir-export src/lib.rs --target=x86_64-unknown-linux-gnu

    修复：删除 `--target` 标志，或传入 `--target=wasm32-unknown-unknown`。

e0513-explain =
    内部错误：mir-export 的某个不变式不成立，或它构建的模块未通过验证（消息中会给出验证器的代码）。报告此错误是为了代替 panic，并且不会写出任何文件。

    错误示例：任何触发该错误的 Rust 输入都说明 mir-export 存在缺陷，而不是输入有问题。

    修复：请连同 Rust 源代码和该消息一起报告此问题；在此期间，改写诊断所指向的结构或许可以避开它。

e0514-explain =
    `#[wasm::linear]` 类型的值被放在 WasmIR 验证器无法跟踪其义务的位置：内存中（被取地址的局部变量、寄存器放不下的值），或枚举、联合体、闭包、数组之中。线性值必须存放在 SSA 值中（wasmir-spec/13-ownership.md §13.6；设计决策 O11）。

    错误示例：`let h = Handle::new(1); let r = &h;`（引用使 `h` 进入内存），或 `let o: Option<Handle> = Some(h);`。

    修正：把线性值保存在局部变量和按值传递的结构体中，传递值本身而不是它的引用，并在值进入 WasmIR 之前把包含它的枚举拆分为各个变体。

