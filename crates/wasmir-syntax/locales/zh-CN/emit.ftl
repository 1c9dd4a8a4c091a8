# emit 消息（zh-CN）。每个代码一条消息；参见 crates/wasmir-syntax/src/diag/mod.rs。
# 代码与规则：crates/wasmir-emit/src/error.rs 和 wasmir-spec/07-lowering.md。

e0301 = `{$func}` 中存在不可归约的控制流：此分支未经过循环头就进入了 `{$block}` 处的循环
    .label = 回跳到 `{$block}`，但它并不支配此分支
    .hint = WebAssembly 只有结构化循环，且只能从唯一的循环头进入：请让每个循环只有一个支配该循环所有基本块的入口块（例如，让所有入口都经过一个用 `switch` 分派的新循环头基本块）
    .entry = 假定的循环入口

e0302 = `{$func}` 中的运算符 `{$op}` 无法由此发射器编译为 WebAssembly
    .label = 此运算符没有降级实现
    .hint = IR 比发射器更新：请更新 wasmir-emit，或用较旧的运算符改写该运算符

e0303 = { $what ->
        [invalid-ir] 无法发射该模块：它不是有效的 IR（验证器在此处报告 {$code}）
       *[other] 无法发射 `{$func}`：{ $what ->
            [no-block] 函数没有基本块
            [early-terminator] 基本块中间出现了终结指令
            [no-terminator] 有基本块没有终结指令
            [arity] 操作数或结果的数量错误
            [missing-target] 缺少分支目标
            [no-enclosing-construct] 分支目标没有外围结构
            [undefined-value] 值 {$entity} 被读取但从未定义
            [switch-without-cases] 没有任何 case 的 `switch`
            [switch-mismatch] `switch` 的数据属于另一条指令
            [no-export-target] 导出的实体不存在
            [bad-immediate] 立即数与运算符不相符
            [dangling-entity] 某个立即数指向不存在的内存、全局变量、表、签名、数据项、栈槽或函数
            [no-memory] 模块有栈槽或数据，但没有内存
            [global-init] 某个已定义的全局变量没有其类型的初始值
            [memory-limits] 内存大小超过 65536 页，或其最小值大于最大值
           *[other] 模块违反了验证器的某项保证
            }
    }
    .label = 此处
    .hint = { $what ->
        [invalid-ir] 发射器只接受验证器接受的模块：`wirc check` 会解释 {$code}（规范第 6 章）；如果 `wirc check` 接受该源文件，则是某个优化遍破坏了 IR，请报告此问题（`-O0` 可跳过优化遍）
       *[other] 验证器接受了此模块，但它违反了发射器所依赖的一项保证：验证器遗漏了某条规则，请附上此 .wir 文件报告该问题
    }

e0304 = `{$func}` 需要 {$count} 个局部变量（含 {$params} 个参数），超出了 WebAssembly 的上限 {$limit}
    .label = 在此函数中
    .hint = 引擎会拒绝局部变量超过 {$limit} 个的函数；活跃区间互不重叠的值会共用一个局部变量，因此请拆分该函数，或减少同时活跃的值

e0305 = `{$func}` 的代码有 {$bytes} 字节，超出了 WebAssembly 每个函数 {$limit} 字节的上限
    .label = 在此函数中
    .hint = 引擎会拒绝函数体大于 {$limit} 字节的函数：请将该函数拆分为若干较小的函数

e0306 = `{$func}` 中的一个 `switch` 需要含 {$entries} 项的跳转表（`br_table`），超出了 V8 的上限 {$limit}
    .label = 此 switch
    .hint = 密集的 switch 会变成一个 `br_table`，覆盖从最小 case 到最大 case 之间的每个值：请将其拆分为若干覆盖较小范围的 switch（例如，先根据该值是否小于中间的 case 进行分支）

e0307 = 模块大小为 {$bytes} 字节，超出了 WebAssembly 的上限 {$limit} 字节
    .label = 在此模块中
    .hint = 引擎会拒绝大于 {$limit} 字节的模块：请将其拆分为多个模块

e0308 = 内存 `{$mem}` 需要 {$needed} 页来容纳影子栈和数据，超出了其最大值 {$max} 页
    .label = 此内存
    .hint = 模块启动时，影子栈（有函数使用栈槽时，默认为 1 MiB）和所有数据项都放在此内存中：请调高其 `max`、缩小数据，或选择更小的栈大小

e0309 = `{$item}` 含有 128 位整数，而 wasm 不支持该类型
    .label = 此处为 `i128`
    .hint = `legalize-i128` 优化遍会在发射前将每个 `i128` 拆分为两个 `i64`；`wirc` 在每个 `-O` 级别都会运行它，因此跳过优化器而直接调用发射器的代码须先运行 `wasmir_opt::legalize_i128::run`

e0310 = `{$item}` 仍带有所有权信息，而发射器不处理所有权
    .label = 此处有所有权
    .hint = `strip-ownership` 优化遍会在发射前擦除所有权种类、借用和 `drop`；`wirc` 在每个 `-O` 级别都会首先运行它，因此跳过优化器而直接调用发射器的代码须先运行 `wasmir_opt::strip_ownership::run`
