# Mensajes del verificador (es). Un mensaje por código; véase crates/wasmir-syntax/src/diag/mod.rs.
# Códigos y reglas: crates/wasmir-verify/src/codes.rs y wasmir-spec/06-verifier.md.

e0200 = la función `{$func}` no tiene bloques
    .label = definida aquí sin cuerpo
    .hint = una función definida necesita al menos un bloque de entrada que termine con un terminador, como `^entry: trap`

e0201 = el nombre de función `{$func}` se usa más de una vez
    .label = definida de nuevo aquí
    .hint = los nombres de función son únicos en un módulo: renombre una de ellas
    .first = definida por primera vez aquí

e0202 = el nombre de exportación {$name} se usa más de una vez
    .label = exportado de nuevo aquí
    .hint = los nombres de exportación son únicos en un módulo: renombre o elimine una de las exportaciones
    .first = exportado por primera vez aquí

e0203 = { $kind ->
        [memory] la exportación {$name} se refiere a una memoria que no existe ({$func})
        [global] la exportación {$name} se refiere a una global que no existe ({$func})
        [table] la exportación {$name} se refiere a una tabla que no existe ({$func})
       *[fn] la exportación {$name} se refiere a una función que no existe ({$func})
    }
    .label = exportado aquí
    .hint = exporte una entidad que el módulo defina o importe

e0204 = el bloque de entrada `{$block}` recibe {$found}, pero `{$func}` tiene los parámetros {$expected}
    .label = parámetros del bloque de entrada
    .hint = el bloque de entrada recibe los argumentos de la función: dele un parámetro por cada parámetro de la firma, con los mismos tipos y en el mismo orden
    .sig = firma declarada aquí

e0205 = salto al bloque de entrada `{$block}`
    .label = salta al bloque de entrada
    .hint = el bloque de entrada se ejecuta una sola vez, al entrar en la función, y no tiene predecesores: mueva su cuerpo a un bloque nuevo y salte allí
    .entry = bloque de entrada declarado aquí

e0206 = el bloque `{$block}` no termina con un terminador
    .label = el bloque termina aquí
    .hint = termine el bloque con `br`, `br_if`, `switch`, `return` o `trap`
    .block = bloque declarado aquí

e0207 = el terminador `{$inst}` no es la última instrucción del bloque `{$block}`
    .label = termina el bloque antes de tiempo
    .hint = elimine las instrucciones que lo siguen o muévalas a un bloque nuevo
    .block = bloque declarado aquí

e0208 = el bloque `{$block}` aparece más de una vez en la disposición
    .label = dispuesto de nuevo
    .hint = cada bloque se dispone una sola vez; la pasada o el generador que construyó esta IR tiene un error

e0209 = la instrucción `{$inst}` aparece más de una vez en la disposición
    .label = aparece de nuevo aquí
    .hint = una instrucción pertenece a un solo bloque, una sola vez; la pasada o el generador que construyó esta IR tiene un error

e0210 = { $kind ->
        [block] el bloque `{$entity}` no existe
        [inst] la instrucción `{$entity}` no existe
       *[value] el valor `{$entity}` no existe
    }
    .label = nombrado aquí
    .hint = las arenas de la función no contienen esa entidad; la pasada o el generador que construyó esta IR tiene un error

e0211 = el destino de salto `{$block}` no es un bloque de la disposición de `{$func}`
    .label = salta aquí
    .hint = salte a un bloque que esté en la disposición, o añada el bloque a la disposición

e0212 = número incorrecto de operandos para `{$inst}`: se esperaba {$expected}, se encontró {$found}
    .label = esta instrucción
    .hint = `{$inst}` recibe operandos de tipos {$types}
    .sig = firma declarada aquí

e0213 = tipo de operando incompatible para `{$inst}`: se esperaba {$expected}, se encontró {$found}
    .label = el operando {$index} tiene tipo {$found}
    .hint = el operando {$index} de `{$inst}` debe tener tipo {$expected}, y WasmIR no tiene conversiones implícitas: convierta primero `{$value}` a {$expected}
    .def = `{$value}` definido aquí
    .sig = firma declarada aquí

e0214 = número incorrecto de resultados para `{$inst}`: se esperaba {$expected}, se encontró {$found}
    .label = esta instrucción
    .hint = `{$inst}` define resultados de tipos {$types}
    .sig = firma declarada aquí

e0215 = tipo de resultado incompatible para `{$inst}`: se esperaba {$expected}, se encontró {$found}
    .label = el resultado {$index} tiene tipo {$found}
    .hint = el resultado {$index} de `{$inst}` tiene tipo {$expected}; el tipo de un resultado lo fija su instrucción
    .sig = firma declarada aquí

e0216 = llamada a una función que no existe ({$func})
    .label = esta llamada
    .hint = llame a una función que el módulo defina o importe

e0217 = número incorrecto de argumentos para el bloque `{$block}`: se esperaba {$expected}, se encontró {$found}
    .label = este salto
    .hint = pase un argumento por cada parámetro de `{$block}`, de tipos {$types}
    .block = bloque declarado aquí

e0218 = tipo de argumento incompatible para el bloque `{$block}`: se esperaba {$expected}, se encontró {$found}
    .label = el argumento {$index} (`{$value}`) tiene tipo {$found}
    .hint = el argumento {$index} pasa a ser un parámetro de tipo {$expected}: convierta primero `{$value}`, o cambie el tipo del parámetro
    .param = parámetro declarado aquí

e0219 = el operando de `switch` tiene tipo {$found}; se esperaba i32 o i64
    .label = no es un entero
    .hint = haga el switch sobre un entero: compare flotantes con `f64.lt`, etc., y use `br_if`
    .def = `{$value}` definido aquí

e0220 = caso de `switch` duplicado: {$value}
    .label = caso repetido aquí
    .hint = cada valor de caso aparece una sola vez; elimine este caso o combine los dos destinos
    .first = primer caso con este valor

e0221 = el caso de `switch` {$value} no cabe en {$ty}
    .label = caso fuera de rango
    .hint = los valores de caso de un switch sobre {$ty} abarcan los patrones de bits del tipo (de -2147483648 a 4294967295 tal como se escriben)

e0222 = el valor `{$value}` se usa pero nunca se define
    .label = valor no definido
    .hint = defínalo como parámetro de bloque o como resultado de una instrucción en un bloque de la disposición de la función

e0223 = el uso de `{$value}` no está dominado por su definición
    .label = usado aquí
    .hint = { $where ->
        [same] dentro de `{$block}`, `{$value}` solo es visible después de su definición: suba la definición
       *[other] un valor es visible después de su definición en `{$block}` y en los bloques que `{$block}` domina; páselo como argumento de bloque
    }
    .def = definido aquí

e0224 = el valor `{$value}` está definido más de una vez
    .label = definido de nuevo aquí
    .hint = los valores SSA tienen una sola definición; la pasada o el generador que construyó esta IR tiene un error
    .first = definido por primera vez aquí

e0225 = el valor `{$value}` está registrado como {$recorded}, pero definido como {$actual}
    .label = definido aquí
    .hint = `ValueData::def` debe nombrar el parámetro de bloque o el resultado de instrucción que define el valor; la pasada o el generador que construyó esta IR tiene un error

e0226 = { $kind ->
        [module] el nombre de módulo de importación {$name} ocupa {$bytes} bytes, por encima del límite de WebAssembly ({$limit} bytes)
        [field] el nombre de campo de importación {$name} ocupa {$bytes} bytes, por encima del límite de WebAssembly ({$limit} bytes)
       *[export] el nombre de exportación {$name} ocupa {$bytes} bytes, por encima del límite de WebAssembly ({$limit} bytes)
    }
    .label = nombre demasiado largo
    .hint = los motores rechazan un módulo con un nombre de más de {$limit} bytes en UTF-8: use un nombre más corto (en una importación, el anfitrión debe proporcionar la función con ese nombre)

e0227 = la función `{$func}` tiene {$count} parámetros, por encima del límite de WebAssembly ({$limit})
    .label = los parámetros a partir de aquí superan el límite
    .hint = los motores rechazan un tipo de función con más de {$limit} parámetros: pase el resto en menos valores (por ejemplo, empaquetando enteros pequeños en un i64) o divida la función

e0228 = la función `{$func}` tiene {$count} resultados, por encima del límite de WebAssembly ({$limit})
    .label = los resultados a partir de aquí superan el límite
    .hint = los motores rechazan un tipo de función con más de {$limit} resultados: devuelva menos valores (por ejemplo, empaquetando enteros pequeños en un i64) o divida la función

e0229 = el módulo tiene {$count} funciones, por encima del límite de WebAssembly ({$limit})
    .label = la primera función que supera el límite
    .hint = los motores rechazan un módulo con más de {$limit} funciones, incluidas las importadas: divida el módulo en varios

e0230 = el módulo importa {$count} funciones, por encima del límite de WebAssembly ({$limit} importaciones)
    .label = la primera importación que supera el límite
    .hint = los motores rechazan un módulo con más de {$limit} importaciones: importe menos funciones, por ejemplo una que despache según un argumento

e0231 = el módulo tiene {$count} exportaciones, por encima del límite de WebAssembly ({$limit})
    .label = la primera exportación que supera el límite
    .hint = los motores rechazan un módulo con más de {$limit} exportaciones: exporte menos funciones, o divida el módulo en varios

e0232 = `{$inst}` está escrito sin inmediatos
    .label = faltan inmediatos
    .hint = `{$inst}` recibe los inmediatos {$expected} después de su nombre, como en `{$inst}{$expected}`

e0233 = { $expected ->
        [none] `{$inst}` no admite inmediatos; se encontró {$found}
       *[other] `{$inst}` recibe los inmediatos {$expected}; se encontró {$found}
    }
    .label = inmediatos incorrectos
    .hint = { $expected ->
        [none] elimine los corchetes después de `{$inst}`
       *[other] escriba los inmediatos de `{$inst}` como {$expected}
    }

e0234 = `{$inst}` accede a la memoria `{$memory}`, que no existe
    .label = memoria desconocida
    .hint = nombre la memoria del módulo, declarada con `memory $heap 1`

e0235 = `{$inst}` nombra la global `{$global}`, que no existe
    .label = global desconocida
    .hint = declare la global, como en `global $g: i32 mut = 0`, o nombre una existente

e0236 = la ranura `{$slot}` no es una ranura de `{$func}`
    .label = ranura desconocida
    .hint = declare la ranura al principio del cuerpo de la función, como en `slot #buf: 16 align 8`

e0237 = el elemento de datos `{$data}` no existe
    .label = elemento de datos desconocido
    .hint = declare el elemento de datos, como en `data $msg = "hello"`, o nombre uno existente

e0238 = `{$inst}` nombra la tabla `{$table}`, que no existe
    .label = tabla desconocida
    .hint = declare la tabla, como en `table $fns: funcref`, o nombre una existente

e0239 = `call_indirect` nombra la firma `{$sig}`, que no existe
    .label = firma desconocida
    .hint = declare la firma, como en `type $sig = fn(i32) -> i32`, o nombre una existente

e0240 = `fn.index` nombra la función `{$func}`, que no existe
    .label = función desconocida
    .hint = tome el índice de una función que el módulo defina o importe

e0241 = `{$inst}` tiene alineación {$align}, pero accede a {$width} bytes
    .label = alineación no válida
    .hint = `align` es una potencia de dos no mayor que el ancho del acceso ({$width} bytes); omítalo para usar el ancho del acceso

e0242 = `global.set` escribe en la global inmutable `{$global}`
    .label = la global no es `mut`
    .hint = declare la global como mutable, como en `global $g: i32 mut = 0`, o no escriba en ella
    .decl = declarada aquí

e0243 = { $kind ->
        [slot] la función `{$func}` declara la ranura de pila `{$what}`, pero el módulo no declara ninguna memoria
        [data] el elemento de datos `{$what}` necesita una memoria, pero el módulo no declara ninguna
       *[inst] `{$what}` en `{$func}` usa memoria, pero el módulo no declara ninguna
    }
    .label = usa memoria
    .hint = declare `memory $heap 1` (las ranuras de pila y los elementos de datos residen en la memoria del módulo)

e0244 = el módulo declara {$count} memorias, pero WasmIR 0.2 permite {$limit}
    .label = la memoria `{$memory}` es una de más
    .hint = use una sola memoria: las memorias múltiples quedan aplazadas para después de WasmIR 0.2

e0245 = { $problem ->
        [min] la memoria `{$memory}` empieza con {$min} páginas, por encima del límite de {$limit}
        [max] la memoria `{$memory}` puede crecer hasta {$max} páginas, por encima del límite de {$limit}
       *[order] la memoria `{$memory}` empieza con {$min} páginas, más que su máximo de {$max}
    }
    .label = límites no válidos
    .hint = los límites de una memoria cumplen min <= max <= {$limit} páginas de 64 KiB (4 GiB con direcciones `i32`)

e0246 = la global `{$global}` tiene tipo {$expected}, pero su valor inicial tiene tipo {$found}
    .label = valor inicial incompatible
    .hint = dé a la global un literal inicial de tipo {$expected}

e0247 = la global importada `{$global}` tiene un valor inicial
    .label = importada con un valor
    .hint = el anfitrión proporciona el valor de una global importada: elimine el `= literal`

e0248 = la global `{$global}` no tiene valor inicial
    .label = definida sin valor
    .hint = una global definida por el módulo necesita un literal inicial, como `= 0` para {$ty}

e0249 = el elemento de datos `{$data}` tiene alineación {$align}, que no es una potencia de dos menor o igual que {$limit}
    .label = alineación no válida
    .hint = use `align 1`, `align 2`, `align 4`, ... hasta `align {$limit}`

e0250 = la ranura de pila `{$slot}` tiene alineación {$align}, que no es una potencia de dos menor o igual que {$limit}
    .label = alineación no válida
    .hint = use `align 1`, `align 2`, `align 4`, ... hasta `align {$limit}`

e0251 = la ranura de pila `{$slot}` tiene {$size} bytes, por encima del límite de {$limit}
    .label = ranura demasiado grande
    .hint = una ranura de pila contiene como máximo {$limit} bytes: coloque los objetos grandes en memoria, por ejemplo en un elemento de datos

e0252 = el elemento de datos `{$data}` tiene {$size} bytes, por encima del límite de {$limit}
    .label = elemento de datos demasiado grande
    .hint = un elemento de datos contiene como máximo {$limit} bytes, el tamaño de una memoria de 32 bits: divídalo o redúzcalo

e0253 = la dirección `{$data}` + {$addend} queda más allá del final de `{$data}`, que tiene {$size} bytes
    .label = sumando demasiado grande
    .hint = una dirección dentro de un elemento de datos puede apuntar como mucho un byte más allá de su final: use un sumando no mayor que {$size}
    .decl = elemento de datos declarado aquí

e0254 = `{$name}` está declarado más de una vez
    .label = declarado de nuevo aquí ({$kind})
    .hint = las memorias, las globales, las tablas, los tipos y los elementos de datos comparten un único espacio de nombres `$`: renombre uno de ellos
    .first = declarado por primera vez aquí ({$first_kind})

e0255 = la global `{$global}` tiene tipo i128
    .label = una global i128
    .hint = las globales de wasm contienen como máximo 64 bits: guarde el valor en memoria (un elemento de datos o una ranura), o en dos globales i64

e0256 = uso del valor movido `{$value}`
    .label = valor usado aquí después de haber sido movido
    .moved = valor movido aquí
    .maybe = valor movido aquí, en alguno de los caminos que llevan a este uso
    .hint = un uso que consume el valor (una llamada que toma `own`/`linear`, un argumento de salto hacia un parámetro que toma su propiedad, `return`, `drop`) pone fin al valor: úselo antes del movimiento, o páselo y use lo que se le devuelva

e0257 = el valor `{$value}` se mueve dos veces
    .label = valor movido de nuevo aquí
    .first = movido por primera vez aquí
    .loop = movido aquí, en la iteración anterior del bucle
    .hint = un valor `own` o `linear` se consume como máximo una vez en cada camino: consúmalo una sola vez, o lleve un valor nuevo a cada iteración como parámetro de bloque

e0258 = el valor lineal `{$value}` nunca se consume
    .label = valor lineal definido aquí
    .exit = descartado implícitamente cuando la función retorna aquí
    .hint = un valor `linear` se consume exactamente una vez en cada camino que retorna: páselo a una función que lo tome, devuélvalo, o termínelo con `drop` después de llamar a su destructor

e0259 = el valor lineal `{$value}` no se consume en un camino que retorna
    .label = retorna sin consumir `{$value}`
    .def = valor lineal definido aquí
    .other = consumido aquí, en otro camino
    .hint = consuma el valor también en este camino (una llamada que lo tome, `return` o `drop`), o haga que el camino termine en `trap`

e0260 = `{$value}` se consume en algunos caminos que llegan al bloque `{$block}` y en otros no
    .label = los caminos se unen aquí
    .moved = consumido aquí
    .hint = después de una unión, un valor `linear` o un préstamo debe consumirse en todos los caminos entrantes o en ninguno: consúmalo también en el otro camino, o páselo al bloque como argumento de bloque

e0261 = `{$value}` es {$found}, pero esta posición espera {$expected}
    .label = se esperaba {$expected} aquí
    .def = `{$value}` definido aquí
    .hint = { $fix ->
        [mint] cree explícitamente una obligación a partir de bits triviales: `%v = own %x` o `%v = linear %x`
        [borrow] tome prestado el propietario durante la llamada: pase el propio valor `own` o `linear`, o `%b = borrow %x` y `end_borrow %b` después del uso
        [end] `end_borrow` termina un ámbito abierto por `borrow` o `borrow mut` en esta función; un parámetro prestado sigue prestado durante toda la llamada
       *[other] las clases de propiedad coinciden exactamente en las posiciones que consumen: un valor `own` va donde se espera `own`, un valor `linear` donde se espera `linear`
    }

e0262 = no se puede mover `{$value}` porque está prestado
    .label = movimiento de `{$value}` mientras está prestado
    .borrow = el préstamo de `{$value}` empieza aquí
    .hint = termine el préstamo (`end_borrow`) antes del movimiento, o mueva el valor después del último uso del préstamo

e0263 = el préstamo `{$borrow}` sobrevive a su propietario `{$value}`
    .label = `{$value}` termina aquí mientras sigue prestado
    .borrow = el préstamo empieza aquí
    .hint = termine todos los préstamos de un valor antes de que el propio valor se descarte o termine: mueva el `end_borrow` del préstamo antes de esta instrucción

e0264 = acceso conflictivo a `{$value}` durante { $flavour ->
        [mut] un préstamo exclusivo
       *[shared] un préstamo compartido
    }
    .label = { $flavour ->
        [mut] `{$value}` usado aquí mientras está prestado en exclusiva
       *[shared] `{$value}` prestado aquí en exclusiva mientras un préstamo compartido sigue vivo
    }
    .borrow = { $flavour ->
        [mut] el préstamo exclusivo empieza aquí
       *[shared] el préstamo compartido empieza aquí
    }
    .hint = un préstamo exclusivo (`borrow mut`) excluye cualquier otro acceso a su propietario hasta su `end_borrow`: termínelo primero, o use el préstamo en lugar del propietario

e0265 = el préstamo `{$borrow}` no se termina en un camino que retorna
    .label = retorna mientras `{$borrow}` sigue vivo
    .borrow = el préstamo empieza aquí
    .hint = cierre cada ámbito de préstamo con `end_borrow` en cada camino que retorna

e0266 = el valor lineal `{$value}` se escribe en { $place ->
        [global] una global
        [table] una tabla de referencias triviales
       *[memory] memoria
    }
    .label = el verificador no puede seguir un valor lineal almacenado aquí
    .def = valor lineal definido aquí
    .hint = los valores lineales solo viven en valores SSA y en tablas propietarias: pase el valor como argumento de bloque o a una función que lo tome, y almacene solo bits triviales

e0267 = `{$kind}` no está permitido en { $place ->
        [result] un resultado de función
       *[param] el parámetro de un bloque que no es el bloque de entrada
    }
    .label = `{$kind}` aquí
    .hint = un préstamo vive dentro de un solo cuerpo de función y nunca cruza un salto ni un retorno: pase el propietario en su lugar, o termine el préstamo y vuelva a tomarlo prestado en el otro bloque

e0268 = la tabla `{$table}` tiene el tipo de elemento `{$ty}`, que no es un tipo referencia
    .label = no es un tipo referencia
    .hint = una tabla contiene referencias: declárela `funcref` (funciones, para `call_indirect`) o `externref` (valores del anfitrión)

e0269 = un tipo referencia `{$ty}` no está permitido { $place ->
        [global] como tipo de la global `{$what}`
        [data] en el dato `{$what}`
       *[const] en una constante (`{$what}`)
    }
    .label = tipo referencia aquí
    .hint = las referencias viven solo en valores SSA y en tablas: guarde la referencia en una tabla (`table.set`), o cree una nula con `externref.null`/`funcref.null`

e0270 = `{$inst}` necesita una tabla `funcref`, pero `{$table}` contiene `{$ty}`
    .label = tabla de `{$ty}`
    .decl = tabla declarada aquí
    .hint = las funciones se llaman e indexan mediante una tabla `funcref`: declare una, como `table $fns: funcref`, y nómbrela aquí

# Se añade a un diagnóstico cuya instrucción lleva una posición en el código fuente (`loc`, especificación §2.2 D9).
note-source = procedente de {$loc}
