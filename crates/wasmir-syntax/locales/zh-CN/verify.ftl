# verify 消息（zh-CN）。每个代码一条消息；参见 crates/wasmir-syntax/src/diag/mod.rs。
# 代码与规则：crates/wasmir-verify/src/codes.rs 和 wasmir-spec/06-verifier.md。

e0200 = 函数 `{$func}` 没有基本块
    .label = 在此定义，但没有函数体
    .hint = 已定义的函数至少需要一个以终结指令结尾的入口块，例如 `^entry: trap`

e0201 = 函数名 `{$func}` 被多次使用
    .label = 在此处再次定义
    .hint = 模块中的函数名必须唯一：请重命名其中一个
    .first = 首次定义于此

e0202 = 导出名 {$name} 被多次使用
    .label = 在此处再次导出
    .hint = 模块中的导出名必须唯一：请重命名或删除其中一个导出
    .first = 首次导出于此

e0203 = { $kind ->
        [memory] 导出 {$name} 引用了不存在的内存（{$func}）
        [global] 导出 {$name} 引用了不存在的全局变量（{$func}）
        [table] 导出 {$name} 引用了不存在的表（{$func}）
       *[fn] 导出 {$name} 引用了不存在的函数（{$func}）
    }
    .label = 在此导出
    .hint = 请导出模块定义或导入的实体

e0204 = 入口块 `{$block}` 接受 {$found}，但 `{$func}` 的参数为 {$expected}
    .label = 入口块参数
    .hint = 入口块接收函数的实参：请为签名中的每个参数声明一个块参数，类型相同，顺序一致
    .sig = 签名声明于此

e0205 = 分支跳转到入口块 `{$block}`
    .label = 跳转到入口块
    .hint = 入口块只在进入函数时运行一次，且没有前驱：请将其内容移到一个新的基本块中，并跳转到那里
    .entry = 入口块声明于此

e0206 = 基本块 `{$block}` 没有以终结指令结尾
    .label = 基本块在此结束
    .hint = 请用 `br`、`br_if`、`switch`、`return` 或 `trap` 结束该基本块
    .block = 基本块声明于此

e0207 = 终结指令 `{$inst}` 不是基本块 `{$block}` 的最后一条指令
    .label = 提前结束了基本块
    .hint = 请删除其后的指令，或将它们移到一个新的基本块中
    .block = 基本块声明于此

e0208 = 基本块 `{$block}` 在布局中出现了多次
    .label = 在布局中再次出现
    .hint = 每个基本块在布局中只出现一次；构建此 IR 的优化遍或生成工具存在缺陷

e0209 = 指令 `{$inst}` 在布局中被列出了多次
    .label = 在此处再次列出
    .hint = 一条指令只属于一个基本块，且只出现一次；构建此 IR 的优化遍或生成工具存在缺陷

e0210 = { $kind ->
        [block] 基本块 `{$entity}` 不存在
        [inst] 指令 `{$entity}` 不存在
       *[value] 值 `{$entity}` 不存在
    }
    .label = 在此处引用
    .hint = 函数的 arena 中没有这个实体；构建此 IR 的优化遍或生成工具存在缺陷

e0211 = 分支目标 `{$block}` 不在 `{$func}` 的布局中
    .label = 跳转到此处
    .hint = 请跳转到布局中的基本块，或将该基本块加入布局

e0212 = `{$inst}` 的操作数数量错误：应为 {$expected} 个，实际为 {$found} 个
    .label = 此指令
    .hint = `{$inst}` 接受类型为 {$types} 的操作数
    .sig = 签名声明于此

e0213 = `{$inst}` 的操作数类型不匹配：应为 {$expected}，实际为 {$found}
    .label = 第 {$index} 个操作数的类型为 {$found}
    .hint = `{$inst}` 的第 {$index} 个操作数必须为 {$expected} 类型，且 WasmIR 没有隐式转换：请先将 `{$value}` 转换为 {$expected}
    .def = `{$value}` 定义于此
    .sig = 签名声明于此

e0214 = `{$inst}` 的结果数量错误：应为 {$expected} 个，实际为 {$found} 个
    .label = 此指令
    .hint = `{$inst}` 定义类型为 {$types} 的结果
    .sig = 签名声明于此

e0215 = `{$inst}` 的结果类型不匹配：应为 {$expected}，实际为 {$found}
    .label = 第 {$index} 个结果的类型为 {$found}
    .hint = `{$inst}` 的第 {$index} 个结果的类型为 {$expected}；结果的类型由其指令决定
    .sig = 签名声明于此

e0216 = 调用了不存在的函数（{$func}）
    .label = 此调用
    .hint = 请调用模块定义或导入的函数

e0217 = 基本块 `{$block}` 的实参数量错误：应为 {$expected} 个，实际为 {$found} 个
    .label = 此分支
    .hint = 请为 `{$block}` 的每个参数传入一个实参，类型依次为 {$types}
    .block = 基本块声明于此

e0218 = 基本块 `{$block}` 的实参类型不匹配：应为 {$expected}，实际为 {$found}
    .label = 第 {$index} 个实参（`{$value}`）的类型为 {$found}
    .hint = 第 {$index} 个实参将成为类型为 {$expected} 的参数：请先转换 `{$value}`，或修改该参数的类型
    .param = 参数声明于此

e0219 = `switch` 的操作数类型为 {$found}，应为 i32 或 i64
    .label = 不是整数
    .hint = 请对整数进行 switch：比较浮点数请使用 `f64.lt` 等运算符，再配合 `br_if`
    .def = `{$value}` 定义于此

e0220 = 重复的 `switch` case {$value}
    .label = 此处重复了该 case
    .hint = 每个 case 值只能出现一次：请删除此 case，或合并两个目标
    .first = 具有此值的第一个 case

e0221 = `switch` case {$value} 超出了 {$ty} 的范围
    .label = case 超出范围
    .hint = 对 {$ty} 进行 switch 时，case 值的范围是该类型的所有位模式（按书写形式为 -2147483648 至 4294967295）

e0222 = 值 `{$value}` 被使用但从未定义
    .label = 未定义的值
    .hint = 请在函数布局中的某个基本块里将其定义为块参数或指令结果

e0223 = `{$value}` 的使用处不受其定义支配
    .label = 在此处使用
    .hint = { $where ->
        [same] 在 `{$block}` 内部，`{$value}` 仅在其定义之后可见：请将定义上移
       *[other] 值在 `{$block}` 中其定义之后，以及在 `{$block}` 所支配的基本块中可见；请改为将其作为块实参传递
    }
    .def = 定义于此

e0224 = 值 `{$value}` 被定义了多次
    .label = 在此处再次定义
    .hint = SSA 值只有一个定义；构建此 IR 的优化遍或生成工具存在缺陷
    .first = 首次定义于此

e0225 = 值 `{$value}` 记录为 {$recorded}，但实际定义为 {$actual}
    .label = 定义于此
    .hint = `ValueData::def` 必须指明定义该值的块参数或指令结果；构建此 IR 的优化遍或生成工具存在缺陷

e0226 = { $kind ->
        [module] 导入模块名 {$name} 长 {$bytes} 字节，超出了 WebAssembly 的上限 {$limit} 字节
        [field] 导入字段名 {$name} 长 {$bytes} 字节，超出了 WebAssembly 的上限 {$limit} 字节
       *[export] 导出名 {$name} 长 {$bytes} 字节，超出了 WebAssembly 的上限 {$limit} 字节
    }
    .label = 名称过长
    .hint = 引擎会拒绝名称的 UTF-8 编码超过 {$limit} 字节的模块：请使用更短的名称（对于导入，宿主必须以该名称提供函数）

e0227 = 函数 `{$func}` 有 {$count} 个参数，超出了 WebAssembly 的上限 {$limit}
    .label = 从此处起的参数超出上限
    .hint = 引擎会拒绝参数超过 {$limit} 个的函数类型：请用更少的值传递其余参数（例如将多个小整数打包进一个 i64），或拆分该函数

e0228 = 函数 `{$func}` 有 {$count} 个结果，超出了 WebAssembly 的上限 {$limit}
    .label = 从此处起的结果超出上限
    .hint = 引擎会拒绝结果超过 {$limit} 个的函数类型：请返回更少的值（例如将多个小整数打包进一个 i64），或拆分该函数

e0229 = 模块有 {$count} 个函数，超出了 WebAssembly 的上限 {$limit}
    .label = 超出上限的第一个函数
    .hint = 引擎会拒绝函数（含导入的函数）超过 {$limit} 个的模块：请将该模块拆分为多个模块

e0230 = 模块导入了 {$count} 个函数，超出了 WebAssembly 的导入上限 {$limit}
    .label = 超出上限的第一个导入
    .hint = 引擎会拒绝导入超过 {$limit} 个的模块：请减少导入的函数，例如改为导入一个根据参数进行分派的函数

e0231 = 模块有 {$count} 个导出，超出了 WebAssembly 的上限 {$limit}
    .label = 超出上限的第一个导出
    .hint = 引擎会拒绝导出超过 {$limit} 个的模块：请减少导出的函数，或将该模块拆分为多个模块

e0232 = `{$inst}` 未写立即数
    .label = 缺少立即数
    .hint = `{$inst}` 在其名称之后接受立即数 {$expected}，如 `{$inst}{$expected}`

e0233 = { $expected ->
        [none] `{$inst}` 不接受立即数，却写了 {$found}
       *[other] `{$inst}` 接受立即数 {$expected}，却写了 {$found}
    }
    .label = 立即数错误
    .hint = { $expected ->
        [none] 请删除 `{$inst}` 之后的方括号
       *[other] 请将 `{$inst}` 的立即数写为 {$expected}
    }

e0234 = `{$inst}` 访问的内存 `{$memory}` 不存在
    .label = 未知的内存
    .hint = 请指定模块的内存，即用 `memory $heap 1` 声明的内存

e0235 = `{$inst}` 引用的全局变量 `{$global}` 不存在
    .label = 未知的全局变量
    .hint = 请声明该全局变量，如 `global $g: i32 mut = 0`，或引用已有的全局变量

e0236 = 栈槽 `{$slot}` 不是 `{$func}` 的栈槽
    .label = 未知的栈槽
    .hint = 请在函数体开头声明该栈槽，如 `slot #buf: 16 align 8`

e0237 = 数据项 `{$data}` 不存在
    .label = 未知的数据项
    .hint = 请声明该数据项，如 `data $msg = "hello"`，或引用已有的数据项

e0238 = `{$inst}` 引用的表 `{$table}` 不存在
    .label = 未知的表
    .hint = 请声明该表，如 `table $fns: funcref`，或引用已有的表

e0239 = `call_indirect` 引用的签名 `{$sig}` 不存在
    .label = 未知的签名
    .hint = 请声明该签名，如 `type $sig = fn(i32) -> i32`，或引用已有的签名

e0240 = `fn.index` 引用的函数 `{$func}` 不存在
    .label = 未知的函数
    .hint = 请取模块定义或导入的函数的索引

e0241 = `{$inst}` 的对齐为 {$align}，但它访问 {$width} 字节
    .label = 无效的对齐
    .hint = `align` 必须是不大于访问宽度（{$width} 字节）的 2 的幂；省略它则使用访问宽度

e0242 = `global.set` 写入了不可变的全局变量 `{$global}`
    .label = 该全局变量不是 `mut`
    .hint = 请将该全局变量声明为可变，如 `global $g: i32 mut = 0`，或不要写入它
    .decl = 声明于此

e0243 = { $kind ->
        [slot] 函数 `{$func}` 声明了栈槽 `{$what}`，但模块没有声明内存
        [data] 数据项 `{$what}` 需要内存，但模块没有声明内存
       *[inst] `{$func}` 中的 `{$what}` 使用了内存，但模块没有声明内存
    }
    .label = 使用了内存
    .hint = 请声明 `memory $heap 1`（栈槽和数据项位于模块的内存中）

e0244 = 模块声明了 {$count} 个内存，但 WasmIR 0.2 只允许 {$limit} 个
    .label = 内存 `{$memory}` 超出了允许的数量
    .hint = 请只使用一个内存：多内存支持推迟到 WasmIR 0.2 之后

e0245 = { $problem ->
        [min] 内存 `{$memory}` 的初始大小为 {$min} 页，超出了上限 {$limit}
        [max] 内存 `{$memory}` 最多可增长到 {$max} 页，超出了上限 {$limit}
       *[order] 内存 `{$memory}` 的初始大小为 {$min} 页，大于其最大值 {$max}
    }
    .label = 无效的大小限制
    .hint = 内存的大小限制须满足 min <= max <= {$limit} 页，每页 64 KiB（使用 `i32` 地址时共 4 GiB）

e0246 = 全局变量 `{$global}` 的类型为 {$expected}，但其初始值的类型为 {$found}
    .label = 初始值类型不匹配
    .hint = 请为该全局变量指定 {$expected} 类型的初始字面量

e0247 = 导入的全局变量 `{$global}` 带有初始值
    .label = 导入时带有值
    .hint = 导入的全局变量的值由宿主提供：请删除 `= literal`

e0248 = 全局变量 `{$global}` 没有初始值
    .label = 定义时没有值
    .hint = 模块定义的全局变量需要一个初始字面量，例如 {$ty} 类型的 `= 0`

e0249 = 数据项 `{$data}` 的对齐为 {$align}，不是不大于 {$limit} 的 2 的幂
    .label = 无效的对齐
    .hint = 请使用 `align 1`、`align 2`、`align 4`……直至 `align {$limit}`

e0250 = 栈槽 `{$slot}` 的对齐为 {$align}，不是不大于 {$limit} 的 2 的幂
    .label = 无效的对齐
    .hint = 请使用 `align 1`、`align 2`、`align 4`……直至 `align {$limit}`

e0251 = 栈槽 `{$slot}` 有 {$size} 字节，超出了上限 {$limit}
    .label = 栈槽过大
    .hint = 栈槽最多容纳 {$limit} 字节：请在内存中分配大对象，例如放在数据项中

e0252 = 数据项 `{$data}` 有 {$size} 字节，超出了上限 {$limit}
    .label = 数据项过大
    .hint = 数据项最多容纳 {$limit} 字节，即 32 位内存的大小：请将其拆分或缩小

e0253 = 地址 `{$data}` + {$addend} 超出了 `{$data}` 的末尾，该数据项大小为 {$size} 字节
    .label = 偏移量过大
    .hint = 指向数据项的地址最多只能指向其末尾之后一个字节：请使用不大于 {$size} 的偏移量
    .decl = 数据项声明于此

e0254 = `{$name}` 被多次声明
    .label = 在此处再次声明（{$kind}）
    .hint = 内存、全局变量、表、类型和数据项共用同一个 `$` 名称命名空间：请重命名其中一个
    .first = 首次声明于此（{$first_kind}）

e0255 = 全局变量 `{$global}` 的类型为 i128
    .label = i128 全局变量
    .hint = wasm 全局变量最多容纳 64 位：请将该值保存在内存中（数据项或栈槽），或保存在两个 i64 全局变量中

e0256 = 使用了已被移动的值 `{$value}`
    .label = 值在被移动之后于此处被使用
    .moved = 值在此处被移动
    .maybe = 值在此处被移动，发生在通往该使用处的某条路径上
    .hint = 消耗性使用（接受 `own`/`linear` 的调用、传给拥有所有权的块参数的分支实参、`return`、`drop`）会结束该值：请在移动之前使用它，或将其传递出去，再使用返回的值

e0257 = 值 `{$value}` 被移动了两次
    .label = 值在此处再次被移动
    .first = 首次移动于此
    .loop = 在此处被移动，发生在循环的上一次迭代中
    .hint = `own` 或 `linear` 值在每条路径上最多被消耗一次：请只消耗一次，或将一个新值作为块参数带入每次迭代

e0258 = 线性值 `{$value}` 从未被消耗
    .label = 线性值定义于此
    .exit = 函数在此处返回时被隐式丢弃
    .hint = `linear` 值在每条返回的路径上恰好被消耗一次：请将其传给接受它的函数、将其返回，或在调用其析构函数之后用 `drop` 结束它

e0259 = 线性值 `{$value}` 在某条返回的路径上未被消耗
    .label = 未消耗 `{$value}` 就返回了
    .def = 线性值定义于此
    .other = 在另一条路径上于此处被消耗
    .hint = 请在这条路径上也消耗该值（接受它的调用、`return` 或 `drop`），或让这条路径以 `trap` 结束

e0260 = `{$value}` 在通往基本块 `{$block}` 的部分路径上被消耗，而在其他路径上没有
    .label = 各路径在此汇合
    .moved = 在此处被消耗
    .hint = 在汇合点之后，`linear` 值或借用必须要么在所有进入的路径上都被消耗，要么在所有路径上都不被消耗：请在另一条路径上也消耗它，或将其作为块实参传给该基本块

e0261 = `{$value}` 是 {$found}，但此位置需要 {$expected}
    .label = 此处需要 {$expected}
    .def = `{$value}` 定义于此
    .hint = { $fix ->
        [mint] 请从平凡的位显式地创建一项义务：`%v = own %x` 或 `%v = linear %x`
        [borrow] 请在调用期间借用所有者：直接传递 `own` 或 `linear` 值本身，或使用 `%b = borrow %x`，并在使用之后 `end_borrow %b`
        [end] `end_borrow` 结束本函数中由 `borrow` 或 `borrow mut` 开启的作用域；借用的参数在整个调用期间都保持借用状态
       *[other] 在消耗性位置上，所有权种类必须完全匹配：`own` 值用于需要 `own` 的位置，`linear` 值用于需要 `linear` 的位置
    }

e0262 = 无法移出 `{$value}`，因为它正被借用
    .label = 在 `{$value}` 被借用期间将其移出
    .borrow = 对 `{$value}` 的借用从此处开始
    .hint = 请在移动之前结束借用（`end_borrow`），或在借用的最后一次使用之后再移动该值

e0263 = 借用 `{$borrow}` 的存活时间超过了其所有者 `{$value}`
    .label = `{$value}` 在仍被借用时于此处结束
    .borrow = 借用从此处开始
    .hint = 请在值本身被丢弃或结束之前结束对它的所有借用：将该借用的 `end_borrow` 移到这条指令之前

e0264 = 在{ $flavour ->
        [mut] 独占借用
       *[shared] 共享借用
    }期间对 `{$value}` 的访问发生冲突
    .label = { $flavour ->
        [mut] `{$value}` 在被独占借用期间于此处被使用
       *[shared] 在共享借用仍存活时，`{$value}` 于此处被独占借用
    }
    .borrow = { $flavour ->
        [mut] 独占借用从此处开始
       *[shared] 共享借用从此处开始
    }
    .hint = 独占借用（`borrow mut`）在其 `end_borrow` 之前排除对其所有者的任何其他访问：请先结束它，或使用该借用来代替所有者

e0265 = 借用 `{$borrow}` 在某条返回的路径上未被结束
    .label = 在 `{$borrow}` 仍存活时返回
    .borrow = 借用从此处开始
    .hint = 请在每条返回的路径上用 `end_borrow` 关闭每个借用作用域

e0266 = 线性值 `{$value}` 被写入了{ $place ->
        [global] 全局变量
        [table] 平凡引用的表
       *[memory] 内存
    }
    .label = 验证器无法跟踪存储在此处的线性值
    .def = 线性值定义于此
    .hint = 线性值只能存在于 SSA 值和拥有所有权的表中：请将该值作为块实参传递，或传给接受它的函数，只存储平凡的位

e0267 = { $place ->
        [result] 函数结果
       *[param] 入口块以外的基本块的参数
    }上不允许使用 `{$kind}`
    .label = 此处为 `{$kind}`
    .hint = 借用只存在于单个函数体内部，从不跨越分支或返回：请改为传递所有者，或结束借用并在另一个基本块中重新借用

e0268 = 表 `{$table}` 的元素类型 `{$ty}` 不是引用类型
    .label = 不是引用类型
    .hint = 表存放引用：将其声明为 `funcref`（函数，供 `call_indirect` 使用）或 `externref`（宿主值）

e0269 = 不允许{ $place ->
        [global] 将引用类型 `{$ty}` 用作全局变量 `{$what}` 的类型
        [data] 在数据项 `{$what}` 中使用引用类型 `{$ty}`
       *[const] 在常量（`{$what}`）中使用引用类型 `{$ty}`
    }
    .label = 此处为引用类型
    .hint = 引用只存在于 SSA 值和表中：把引用存入表（`table.set`），或用 `externref.null`/`funcref.null` 生成空引用

e0270 = `{$inst}` 需要 `funcref` 表，但 `{$table}` 存放的是 `{$ty}`
    .label = `{$ty}` 的表
    .decl = 表在此声明
    .hint = 函数通过 `funcref` 表调用和索引：声明一个，例如 `table $fns: funcref`，并在此处使用它

# 附加在其指令带有源码位置（`loc`，规范 §2.2 D9）的诊断上。
note-source = 来自 {$loc}
