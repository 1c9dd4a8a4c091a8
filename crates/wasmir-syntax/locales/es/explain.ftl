# Explicaciones largas de los códigos de diagnóstico, mostradas por `wirc explain CODE` (es; traducción al español).
# Un mensaje `eNNNN-explain` por código, al estilo del índice de errores de rustc. Sin variables:
# las llaves de los ejemplos se escriben como los literales de cadena {"{"} y {"}"}.

e0001-explain =
    Un carácter con el que no empieza ningún token.
    El analizador léxico conoce los sigilos (`@ % ^ $ #`), los identificadores, los números, las cadenas, las cadenas de bytes `x"..."`, la puntuación y los comentarios `;` (wasmir-spec/02-text-format.md §2.1); cualquier otra cosa se rechaza y el archivo no se analiza.

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return // done
    {"    }"}

    Corrección: escriba los comentarios con `;` (`return ; done`) y ponga entre comillas los nombres con otros caracteres, como en `@"core::fmt"`.

e0002-explain =
    Un token que la gramática no permite en esta posición.
    El mensaje enumera los tokens que podrían haber aparecido en su lugar (gramática: wasmir-spec/02-text-format.md §2.2). Tras el error, el analizador sintáctico salta hasta la siguiente sentencia o el siguiente elemento, de modo que una sola ejecución informa de varios errores.

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i32 -> i32 {"{"}
        ^entry(%x: i32):
            return %x
    {"    }"}

    Corrección: escriba lo que espera el mensaje; aquí, cierre la lista de parámetros: `fn @f(i32) -> i32 {"{"}`.

e0003-explain =
    El archivo termina en mitad de una construcción (wasmir-spec/02-text-format.md §2.2).
    Normalmente al cuerpo de una función le falta la llave de cierre, o el archivo está truncado.

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return

    Corrección: complete la construcción; aquí, añada la `{"}"}` de cierre después de `return`.

e0004-explain =
    Una cadena sin comilla de cierre en la misma línea.
    Las cadenas y los nombres entre comillas ocupan una sola línea (wasmir-spec/02-text-format.md §2.1), para que una comilla olvidada no pueda tragarse el resto del archivo.

    Ejemplo erróneo:

        wasmir 0.2
        export "f fn @f
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Corrección: cierre la cadena: `export "f" fn @f`. Un salto de línea dentro de una cadena se escribe `\n`.

e0005-explain =
    Se usa como palabra suelta una palabra reservada para una versión posterior de WasmIR.
    `load`, `store`, `own`, `linear`, `borrow`, `drop`, `externref`, `shared`, `atomic`, `component`, `v128` y `ptr64` están reservadas (wasmir-spec/02-text-format.md §2.1, wasmir-spec/09-reserved.md), para que las versiones posteriores puedan darles un significado sin romper los archivos existentes.

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = load %p
            return %v
    {"    }"}

    Corrección: use el operador de la versión actual (`i32.load[$heap] %p`). Como nombres, estas palabras son corrientes: `%load`, `^drop` y `@store` están permitidos.

e0006-explain =
    Una secuencia de escape desconocida en una cadena o en un nombre entre comillas, o un `\u{"{"}...{"}"}` que no es un valor escalar Unicode.
    Las cadenas solo aceptan `\\`, `\"`, `\n`, `\t` y `\u{"{"}HEX{"}"}` (wasmir-spec/02-text-format.md §2.1), para que cada cadena tenga un único significado.

    Ejemplo erróneo:

        wasmir 0.2
        import "env" "log\q" fn @log(i32)

    Corrección: elimine la barra invertida o use una de las secuencias de escape aceptadas, como en `"log\u{"{"}2D{"}"}x"`. Los sustitutos (surrogates) como `\u{"{"}D800{"}"}` no son valores escalares.

e0007-explain =
    Un sigilo que no va seguido ni de un identificador ni, donde se permiten, de dígitos.
    Después de `%`, `^` y `#` va un identificador o dígitos; después de `@` y `$`, un identificador (wasmir-spec/02-text-format.md §2.1). Las funciones y las entidades nunca son anónimas, así que `@12` y `$0` están mal formados, igual que `%3x` y un `%` aislado.

    Ejemplo erróneo:

        wasmir 0.2
        fn @12() {"{"}
        ^entry:
            return
    {"    }"}

    Corrección: use un identificador (`@f12`) o ponga el nombre entre comillas: `@"12"`.

e0100-explain =
    El archivo no empieza con la cabecera `wasmir`.
    Todo módulo empieza con `wasmir MAJOR.MINOR`, para que el lector sepa qué versión del formato está leyendo (wasmir-spec/02-text-format.md §2.2, wasmir-spec/08-versioning.md).

    Ejemplo erróneo:

        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Corrección: añada la línea de cabecera como primer elemento: `wasmir 0.2`. Puede haber comentarios antes de ella.

e0101-explain =
    La cabecera indica una versión que este compilador no lee.
    Un lector acepta un módulo de su propia versión mayor y de una versión menor no superior a la suya; nunca adivina el significado de otra versión (wasmir-spec/08-versioning.md). El mensaje indica las versiones que lee este compilador.

    Ejemplo erróneo:

        wasmir 1.0
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Corrección: escriba una versión que este compilador lea (`wasmir 0.2`), tras comprobar que el módulo solo usa funcionalidades de esa versión, o use una cadena de herramientas que lea la versión más reciente.

e0102-explain =
    La versión de la cabecera no tiene la forma `MAJOR.MINOR` (wasmir-spec/08-versioning.md).
    Ambas partes son números decimales separados por un solo punto.

    Ejemplo erróneo:

        wasmir 2
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Corrección: escriba ambos números: `wasmir 0.2`.

e0103-explain =
    Un nombre de operador que no figura en la tabla de operadores.
    Los operadores son los de wasmir-spec/04-instructions.md (resolución de nombres: wasmir-spec/02-text-format.md §2.3); el nombre de un operador empieza por su tipo, como en `i32.add` o `ptr.add`. La sugerencia propone un nombre parecido cuando lo hay.

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %y = i32.plus %x, %x
            return %y
    {"    }"}

    Corrección: use un operador de la tabla: `%y = i32.add %x, %x`.

e0104-explain =
    Un `%value` que no define ningún parámetro de bloque ni ningún resultado de instrucción de la función.
    Los valores son locales a su función y solo se definen como parámetros de bloque o como resultados (wasmir-spec/02-text-format.md §2.3). La definición puede aparecer más adelante en el texto: si domina o no el uso es una regla del verificador (E0223).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            return %y
    {"    }"}

    Corrección: defina el valor o corrija cómo está escrito: `return %x`.

e0105-explain =
    Un `^block` que no es un bloque de la función.
    Un salto apunta a un bloque de su propia función (wasmir-spec/02-text-format.md §2.3, wasmir-spec/05-control-flow.md).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            br ^exit
    {"    }"}

    Corrección: defina el bloque o corrija la etiqueta:

        ^entry:
            br ^exit
        ^exit:
            return

e0106-explain =
    Una `@function` que el módulo no define ni importa.
    Las llamadas, las exportaciones y `fn.index` nombran funciones del módulo; los nombres se resuelven primero sobre todo el módulo, así que una función puede definirse después de su uso (wasmir-spec/02-text-format.md §2.3).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            call @g()
            return
    {"    }"}

    Corrección: defina `@g` (`fn @g() {"{"}...{"}"}`) o impórtela: `import "env" "g" fn @g()`.

e0107-explain =
    Un nombre de valor definido dos veces en una misma función.
    Cada parámetro de bloque y cada resultado de instrucción tiene su propio nombre, incluidos los nombres anónimos como `%3` (wasmir-spec/02-text-format.md §2.3): WasmIR está en forma SSA, con una sola definición por valor.

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %x = i32.add %x, %x
            return %x
    {"    }"}

    Corrección: dé un nombre nuevo al nuevo valor: `%y = i32.add %x, %x` y `return %y`.

e0108-explain =
    Una etiqueta de bloque definida dos veces en una misma función.
    Un salto nombra su destino por la etiqueta, así que cada etiqueta denota un solo bloque (wasmir-spec/02-text-format.md §2.3).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            br ^a
        ^a:
            br ^a
        ^a:
            return
    {"    }"}

    Corrección: renombre uno de los bloques y los saltos que lo apuntan.

e0109-explain =
    Un nombre de función definido dos veces en el módulo.
    Las funciones importadas y las definidas comparten un único espacio de nombres, ya que las llamadas y las exportaciones nombran una función por su nombre (wasmir-spec/02-text-format.md §2.3, wasmir-spec/06-verifier.md §6.1.1).

    Ejemplo erróneo:

        wasmir 0.2
        import "env" "f" fn @f()
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Corrección: renombre una de ellas, por ejemplo la importación como `@env_f`.

e0110-explain =
    Un literal que no cabe en su tipo.
    `iN.const` recibe un entero del rango con signo o sin signo de N bits, y `ptr`, de 32 bits; las páginas, los tamaños, las alineaciones, los desplazamientos y los sumandos van de 0 a 2^32-1; un flotante debe ser finito en su tipo, `inf` o un `nan` con una carga útil válida; un caso de `switch` tiene el tipo del operando (wasmir-spec/02-text-format.md §2.3, wasmir-spec/03-module-and-types.md §3.5).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 5000000000
            return %x
    {"    }"}

    Corrección: use un literal dentro del rango, o un tipo más ancho (`i64.const 5000000000`).

e0111-explain =
    La sentencia nombra más o menos resultados de los que tiene su instrucción.
    Cada instrucción define exactamente tantos valores como resultados tiene: uno para las constantes y la mayoría de los operadores, tantos como resultados tenga la función llamada para `call`, y ninguno para los almacenamientos (stores), `global.set`, `trapz`, `trapnz` y los terminadores (wasmir-spec/02-text-format.md §2.3).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %a, %b = i32.add %x, %x
            return %a
    {"    }"}

    Corrección: escriba un nombre por resultado (`%a = i32.add %x, %x`), y ningún `=` en una instrucción sin resultados.

e0112-explain =
    Un literal flotante donde se espera un tipo entero.
    WasmIR no tiene conversiones implícitas (wasmir-spec/02-text-format.md §2.3): `iN.const`, `ptr.const`, las globales enteras y los casos de `switch` reciben enteros.

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 1.5
            return %x
    {"    }"}

    Corrección: escriba un entero (`i32.const 1`), o una constante flotante y una conversión como `i32.trunc_f64_s`.

e0113-explain =
    Un `$name` que no corresponde a ninguna memoria, global, tabla, firma ni elemento de datos del módulo.
    Las entidades se declaran a nivel de módulo y pueden declararse después de su uso (wasmir-spec/02-text-format.md §2.3, wasmir-spec/12-memory-and-module-entities.md).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get[$count]
            return %v
    {"    }"}

    Corrección: declare la entidad, aquí `global $count: i32 mut = 0`, o corrija el nombre.

e0114-explain =
    Un `$name` declarado dos veces en el módulo.
    Las memorias, las globales, las tablas, las firmas y los elementos de datos comparten un único espacio de nombres, porque un inmediato nombra su entidad solo por el nombre (wasmir-spec/02-text-format.md §2.3, wasmir-spec/06-verifier.md §6.1.4).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        global $heap: i32 = 0

    Corrección: renombre una de ellas, por ejemplo `global $heap_base: i32 = 0`.

e0115-explain =
    Un `$name` de una clase distinta de la que espera su posición, como una global donde va una memoria.
    El formato de un operador fija la clase y el orden de sus inmediatos (wasmir-spec/02-text-format.md §2.2, wasmir-spec/04-instructions.md).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        global $g: i32 = 0
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load[$g] %p
            return %v
    {"    }"}

    Corrección: nombre una entidad de la clase correcta: `i32.load[$heap] %p`.

e0116-explain =
    Los inmediatos entre corchetes no corresponden al formato del operador: faltan, sobran, están repetidos o son desconocidos.
    Cada operador tiene un formato: las cargas y los almacenamientos reciben `[$mem, offset=N, align=A, notrap, aligned]`, `global.get` una global, `slot.addr` una ranura, `data.addr` `[$data, addend=N]`, `fn.index` `[$table, @f]`; los demás operadores no reciben ninguno (wasmir-spec/02-text-format.md §2.2). La sugerencia muestra la forma del operador.

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load %p
            return %v
    {"    }"}

    Corrección: escriba los inmediatos que exige el formato: `i32.load[$heap] %p`.

e0117-explain =
    Un `#slot` que la función no declara.
    Las ranuras de pila son locales a su función y se declaran antes de su primer bloque (wasmir-spec/12-memory-and-module-entities.md §12.3.1).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Corrección: declare la ranura al principio del cuerpo: `slot #buf: 8 align 4`.

e0118-explain =
    Una ranura de pila declarada dos veces en una misma función.
    `slot.addr` nombra una ranura por su nombre, así que cada ranura de una función tiene su propio nombre (wasmir-spec/12-memory-and-module-entities.md §12.3.1).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        fn @f() {"{"}
            slot #buf: 8
            slot #buf: 16
        ^entry:
            return
    {"    }"}

    Corrección: renombre una de las ranuras, o elimine la declaración repetida.

e0119-explain =
    Una cadena de bytes `x"..."` con un carácter que no es un dígito hexadecimal, o con un número impar de dígitos.
    Las cadenas de bytes escriben cada byte como dos dígitos hexadecimales (wasmir-spec/02-text-format.md §2.1, wasmir-spec/12-memory-and-module-entities.md §12.5).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        data $d = x"abc"

    Corrección: escriba dos dígitos por byte: `x"0abc"` (o `x"abc0"`, según los bytes que se quisieran).

e0120-explain =
    Una global definida sin valor inicial, o una global importada con uno.
    Una global definida empieza con el valor escrito después de `=`; una importada recibe su valor del anfitrión (wasmir-spec/12-memory-and-module-entities.md §12.4).

    Ejemplo erróneo:

        wasmir 0.2
        global $count: i32 mut

    Corrección: dé un valor a la global definida (`global $count: i32 mut = 0`); elimine `= ...` de una global importada.

e0121-explain =
    Una ubicación de instrucción sin archivo, en una función que no tiene `loc`.
    `loc LINE:COL` indica un lugar del propio archivo de la función, que nombra el `loc "file" LINE:COL` de la función (wasmir-spec/02-text-format.md §2.2).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return loc 3:5
    {"    }"}

    Corrección: indique el archivo (`return loc "src/lib.rs" 3:5`), o dé una ubicación a la función: `fn @f() loc "src/lib.rs" 1:1 {"{"}`.

e0200-explain =
    Una función definida no tiene ningún bloque.
    Una función con cuerpo empieza a ejecutarse en su primer bloque, el bloque de entrada (wasmir-spec/06-verifier.md §6.2.1). El texto no puede incumplir esta regla (el analizador sintáctico o la resolución de nombres rechazan antes el error), así que procede de IR construida en memoria: una pasada de optimización (en ese caso wirc informa de E0499) o un generador como mir-export (E0513).

    Ejemplo erróneo (IR construida en memoria, impresa):

        fn @f() {"{"}
    {"    }"}

    Corrección: dé a la función un bloque de entrada que termine con un terminador, como `^entry:` seguido de `return`. Si lo produjo una pasada, informe del error junto con el archivo .wir de entrada.

e0201-explain =
    Dos funciones, importadas o definidas, tienen el mismo nombre.
    Las llamadas y las exportaciones nombran una función por su nombre, así que un nombre debe denotar una sola función (wasmir-spec/06-verifier.md §6.1.1). En el texto, la resolución de nombres informa antes de un `@name` repetido como E0109; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0109):

        wasmir 0.2
        import "env" "f" fn @f()
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Corrección: renombre una de las funciones (un generador debería producir nombres únicos).

e0202-explain =
    Dos exportaciones tienen la misma cadena de nombre.
    El anfitrión busca las exportaciones por nombre, y un módulo wasm con dos exportaciones del mismo nombre no es válido (wasmir-spec/06-verifier.md §6.1.2). Una misma función puede exportarse con varios nombres.

    Ejemplo erróneo:

        wasmir 0.2
        export "run" fn @f
        export "run" fn @f
        fn @f() {"{"}
        ^entry:
            return
    {"    }"}

    Corrección: elimine la exportación repetida, o dele otro nombre: `export "run2" fn @f`.

e0203-explain =
    Una exportación nombra una función, memoria, global o tabla que no existe.
    Una exportación hace visible al anfitrión una entidad del módulo, así que la entidad debe existir; se permite reexportar una importación (wasmir-spec/06-verifier.md §6.1.3). En el texto, un nombre desconocido se informa antes como E0106 o E0113; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0106):

        wasmir 0.2
        export "main" fn @main

    Corrección: defina o importe la entidad exportada (`fn @main() {"{"}...{"}"}`), o elimine la exportación.

e0204-explain =
    Los parámetros del bloque de entrada difieren de la firma de la función.
    Al entrar, los parámetros del bloque de entrada contienen los argumentos de la función, así que tienen exactamente los tipos de los parámetros de la firma, en el mismo orden (wasmir-spec/06-verifier.md §6.2.2).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i64) -> i64 {"{"}
        ^entry(%x: i32):
            trap
    {"    }"}

    Corrección: declare un parámetro por cada parámetro de la firma, con su tipo: `^entry(%x: i64):`.

e0205-explain =
    Un salto apunta al bloque de entrada.
    El bloque de entrada no tiene predecesores: sus parámetros son los argumentos de la función, y el cuerpo de una función wasm no puede saltar de vuelta a su inicio (wasmir-spec/06-verifier.md §6.2.3).

    Ejemplo erróneo:

        wasmir 0.2
        fn @spin() {"{"}
        ^entry:
            br ^entry
    {"    }"}

    Corrección: empiece el bucle en un segundo bloque (wasmir-spec/05-control-flow.md §5.3):

        ^entry:
            br ^loop
        ^loop:
            br ^loop

e0206-explain =
    Un bloque no termina con un terminador.
    La última instrucción de todo bloque es `br`, `br_if`, `switch`, `return` o `trap`: el control nunca cae en el bloque siguiente, así que las pasadas pueden reordenar los bloques libremente (wasmir-spec/06-verifier.md §6.3.1).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %x = i32.const 1
    {"    }"}

    Corrección: termine el bloque con un terminador, aquí `return %x`.

e0207-explain =
    Un terminador va seguido de más instrucciones en su bloque.
    Un terminador cierra su bloque; las instrucciones posteriores nunca podrían ejecutarse (wasmir-spec/06-verifier.md §6.3.2).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            return
            trap
    {"    }"}

    Corrección: elimine las instrucciones inalcanzables, o muévalas a un bloque propio al que llegue un salto.

e0208-explain =
    Un bloque aparece más de una vez en la disposición de la función.
    La disposición es la lista de los bloques de una función; cada bloque ocupa en ella un solo lugar (wasmir-spec/06-verifier.md §6.3.3). El texto no puede incumplir esta regla (el analizador sintáctico o la resolución de nombres rechazan antes el error), así que procede de IR construida en memoria: una pasada de optimización (en ese caso wirc informa de E0499) o un generador como mir-export (E0513).

    Ejemplo erróneo (IR construida en memoria): una pasada vuelve a añadir `^loop` a la disposición en lugar de moverlo, de modo que la función impresa mostraría `^loop:` dos veces.

    Corrección: un bloque se inserta una sola vez en la disposición; quítelo antes de insertarlo en otro lugar. Informe de la pasada o del generador que lo construyó.

e0209-explain =
    Una instrucción aparece más de una vez en los bloques de la disposición.
    Una instrucción pertenece a un solo bloque, en una sola posición, donde se definen sus resultados (wasmir-spec/06-verifier.md §6.3.4). El texto no puede incumplir esta regla (el analizador sintáctico o la resolución de nombres rechazan antes el error), así que procede de IR construida en memoria: una pasada de optimización (en ese caso wirc informa de E0499) o un generador como mir-export (E0513).

    Ejemplo erróneo (IR construida en memoria): una pasada copia `%x = i32.add %a, %b` en otro bloque sin quitarla del primero, de modo que la misma instrucción, con el mismo resultado `%x`, está en ambos bloques.

    Corrección: quite la instrucción de su bloque anterior al moverla, o cree una instrucción nueva con resultados nuevos. Informe de la pasada o del generador que la construyó.

e0210-explain =
    La IR nombra un bloque, una instrucción, un valor o un destino de salto que no existe en la función.
    Todo bloque de la disposición, sus parámetros, sus instrucciones, los resultados de estas y todo destino de salto existen en las arenas de la función (wasmir-spec/06-verifier.md §6.3.5). El texto no puede incumplir esta regla (el analizador sintáctico o la resolución de nombres rechazan antes el error), así que procede de IR construida en memoria: una pasada de optimización (en ese caso wirc informa de E0499) o un generador como mir-export (E0513).

    Ejemplo erróneo (IR construida en memoria): un generador incluye en la disposición un índice de bloque tomado de otra función, o un índice de instrucción más allá del final de la arena.

    Corrección: construya las entidades de la función únicamente a través del constructor (builder) de esa función. Informe de la pasada o del generador que la construyó.

e0211-explain =
    Un salto apunta a un bloque que no está en la disposición.
    Un bloque fuera de la disposición no tiene código ni lugar en la función emitida (wasmir-spec/06-verifier.md §6.3.6). El texto no puede incumplir esta regla (el analizador sintáctico o la resolución de nombres rechazan antes el error), así que procede de IR construida en memoria: una pasada de optimización (en ese caso wirc informa de E0499) o un generador como mir-export (E0513).

    Ejemplo erróneo (IR construida en memoria): una pasada quita el bloque `^exit` de la disposición, pero deja `br ^exit` en otro bloque.

    Corrección: redirija o elimine todos los saltos a un bloque antes de eliminar el bloque. Informe de la pasada o del generador que lo construyó.

e0212-explain =
    Una instrucción tiene un número incorrecto de operandos.
    Cada operador recibe tantos operandos como indica su fila en la tabla de operadores (wasmir-spec/04-instructions.md); un `call`, tantos como parámetros tenga la función llamada, y un `return`, tantos como resultados tenga la función (wasmir-spec/06-verifier.md §6.4.1).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %y = i32.add %x
            return %y
    {"    }"}

    Corrección: pase todos los operandos: `%y = i32.add %x, %x`.

e0213-explain =
    Un operando tiene un tipo incorrecto.
    WasmIR no tiene conversiones implícitas: `i32` e `i64` son tipos distintos, y también lo son los enteros y los flotantes de un mismo ancho. `br_if`, `trapz` y `trapnz` reciben una condición `i32` (wasmir-spec/06-verifier.md §6.4.2).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i64) -> i64 {"{"}
        ^entry(%x: i64):
            %one = i32.const 1
            %y = i64.add %x, %one
            return %y
    {"    }"}

    Corrección: use un operando del tipo correcto (`%one = i64.const 1`) o conviértalo primero (`i64.extend_i32_s`); compare primero una condición ancha (`i64.ne`).

e0214-explain =
    Una instrucción tiene un número incorrecto de resultados.
    Las constantes y los operadores tienen un resultado; un `call`, tantos como devuelva la función llamada; `trapz`, `trapnz` y los terminadores, ninguno (wasmir-spec/06-verifier.md §6.4.3). En el texto se comprueba antes el número de nombres delante de `=` (E0111); este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0111):

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %a, %b = i32.add %x, %x
            return %a
    {"    }"}

    Corrección: dé a la instrucción exactamente sus resultados (`%a = i32.add %x, %x`).

e0215-explain =
    Un resultado tiene un tipo incorrecto.
    La instrucción fija los tipos de sus resultados; el texto nunca los escribe, así que solo la IR construida en memoria puede incumplir esta regla: una pasada que sustituye una instrucción por otra de otro tipo sin cambiar el tipo de sus resultados (wasmir-spec/06-verifier.md §6.4.4).

    Ejemplo erróneo (IR construida en memoria): una pasada reescribe `%y = i32.add %a, %b` como `%y = i64.add %c, %d`, pero deja `%y` con tipo `i32`.

    Corrección: cree la nueva instrucción con resultados nuevos, o cambie con ella el tipo de los resultados. Informe de la pasada o del generador que la construyó.

e0216-explain =
    Un `call` nombra una función que no existe.
    La función llamada es una función del módulo, definida o importada (wasmir-spec/06-verifier.md §6.4.5). En el texto, un `@name` desconocido se informa antes como E0106; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0106):

        wasmir 0.2
        fn @f() {"{"}
        ^entry:
            call @missing()
            return
    {"    }"}

    Corrección: defina o importe la función llamada, o llame a una función existente.

e0217-explain =
    Un salto pasa un número incorrecto de argumentos a su destino.
    Un salto pasa un argumento por cada parámetro de su bloque de destino: así es como los valores entran en un bloque (wasmir-spec/05-control-flow.md §5.1, wasmir-spec/06-verifier.md §6.4.6).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            br ^exit
        ^exit(%r: i32):
            return %r
    {"    }"}

    Corrección: pase un argumento por parámetro: `br ^exit(%x)`.

e0218-explain =
    El tipo de un argumento de salto difiere del tipo del parámetro del destino.
    WasmIR no tiene conversiones implícitas (wasmir-spec/06-verifier.md §6.4.7).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i32) -> i64 {"{"}
        ^entry(%x: i32):
            br ^exit(%x)
        ^exit(%r: i64):
            return %r
    {"    }"}

    Corrección: convierta primero el argumento (`%w = i64.extend_i32_u %x` y `br ^exit(%w)`), o cambie el tipo del parámetro.

e0219-explain =
    El operando de un `switch` no es un entero.
    Un `switch` se convierte en un índice de `br_table` de wasm o en una cadena de comparaciones, así que su operando es un `i32` o un `i64` (wasmir-spec/06-verifier.md §6.4.8).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(f64) {"{"}
        ^entry(%x: f64):
            switch %x, ^d, [0: ^d]
        ^d:
            return
    {"    }"}

    Corrección: convierta primero el operando a entero, por ejemplo con `i32.trunc_f64_s`, o compare flotantes con `f64.eq` y `br_if`.

e0220-explain =
    Dos casos de un mismo `switch` tienen el mismo valor.
    De lo contrario, el destino que toma un valor dependería del orden de los casos. Los casos se comparan como patrones de bits del tipo del operando, así que en un switch sobre `i32`, `-1` y `4294967295` son el mismo caso (wasmir-spec/06-verifier.md §6.4.9).

    Ejemplo erróneo:

        wasmir 0.2
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            switch %x, ^d, [1: ^d, 1: ^d]
        ^d:
            return
    {"    }"}

    Corrección: elimine el caso repetido o corrija su valor.

e0221-explain =
    El valor de un caso de `switch` no cabe en el tipo del operando.
    En un switch sobre `i32`, los casos son patrones de 32 bits; un caso mayor nunca podría coincidir (wasmir-spec/06-verifier.md §6.4.10). En el texto, los literales de los casos se leen con el tipo del operando y un caso fuera de rango se informa antes como E0110; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0110):

        wasmir 0.2
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            switch %x, ^d, [4294967296: ^d]
        ^d:
            return
    {"    }"}

    Corrección: elimine el caso, o haga el switch sobre un `i64`.

e0222-explain =
    Un operando o un argumento de salto no está definido en la disposición de la función.
    Todo uso es un valor definido en un bloque de la disposición de la misma función; un valor de un bloque que la disposición ya no incluye no está definido (wasmir-spec/06-verifier.md §6.5.1). En el texto, un `%name` desconocido se informa antes como E0104; este código es para IR construida en memoria.

    Ejemplo erróneo (IR construida en memoria): una pasada elimina el bloque `^a`, que define `%x`, pero `^b` sigue usando `%x`.

    Corrección: sustituya los usos de un valor antes de eliminar su definición. Informe de la pasada o del generador que la construyó.

e0223-explain =
    Un valor se usa donde su definición no se ha ejecutado necesariamente.
    Un uso en el bloque que lo define va después de la definición; un uso en otro bloque está dominado por el bloque que lo define: todo camino desde la entrada pasa por él (wasmir-spec/06-verifier.md §6.5.2). Eso es lo que hace que un valor esté disponible sin un parámetro de bloque.

    Ejemplo erróneo:

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

    Corrección: pase el valor como argumento de bloque en todos los caminos (`^b(%r: i32)`, `br ^b(%x)` y un valor desde `^entry`), o defínalo en un bloque dominante.

e0224-explain =
    Un valor está definido más de una vez.
    Un valor es un único parámetro de bloque o un único resultado de instrucción, no dos (wasmir-spec/06-verifier.md §6.5.3). En el texto, un `%name` repetido se informa antes como E0107; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0107):

        wasmir 0.2
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %x = i32.add %x, %x
            return %x
    {"    }"}

    Corrección: dé a cada definición su propio valor.

e0225-explain =
    El registro de definición de un valor no coincide con el lugar donde lo define la disposición.
    Cada valor registra dónde está definido (el parámetro k de un bloque o el resultado k de una instrucción); las pasadas leen ese registro para encontrar una definición sin buscarla (wasmir-spec/06-verifier.md §6.5.4). El texto no puede incumplir esta regla (el analizador sintáctico o la resolución de nombres rechazan antes el error), así que procede de IR construida en memoria: una pasada de optimización (en ese caso wirc informa de E0499) o un generador como mir-export (E0513).

    Ejemplo erróneo (IR construida en memoria): una pasada mueve `%x` de los resultados de una instrucción a los de otra sin actualizar su registro.

    Corrección: actualice la definición de un valor a través de la API de la IR, que mantiene el registro. Informe de la pasada o del generador que la construyó.

e0226-explain =
    El nombre de módulo o de campo de una importación, o el nombre de una exportación, ocupa más de 100.000 bytes.
    Los motores rechazan los nombres wasm de más de 100.000 bytes en UTF-8 (los límites de implementación de la API de JS, V8, wasmparser), así que WasmIR los rechaza antes (wasmir-spec/06-verifier.md §6.7.1). Se cuentan bytes, no caracteres.

    Ejemplo erróneo (abreviado):

        wasmir 0.2
        export "aaaa...a (100,001 bytes)" fn @f

    Corrección: use un nombre más corto.

e0227-explain =
    Una firma tiene más de 1000 parámetros.
    Los motores rechazan las funciones con más de 1000 parámetros (wasmir-spec/06-verifier.md §6.7.2).

    Ejemplo erróneo (abreviado):

        wasmir 0.2
        import "env" "f" fn @f(i32, i32, ..., i32)   ; 1,001 parameters

    Corrección: pase los argumentos en memoria (un puntero a una estructura o a un array).

e0228-explain =
    Una firma tiene más de 1000 resultados.
    Los motores rechazan las funciones con más de 1000 resultados (wasmir-spec/06-verifier.md §6.7.3).

    Ejemplo erróneo (abreviado):

        wasmir 0.2
        fn @f() -> (i32, i32, ..., i32)   ; 1,001 results

    Corrección: devuelva los valores a través de la memoria: reciba un puntero a un búfer de salida.

e0229-explain =
    El módulo tiene más de 1.000.000 de funciones, contando juntas las importadas y las definidas.
    Los motores rechazan los módulos con más funciones (wasmir-spec/06-verifier.md §6.7.4). El diagnóstico se informa una sola vez, en la función número 1.000.001.

    Ejemplo erróneo: un módulo generado con `fn @f0` ... `fn @f1000000`.

    Corrección: divida el programa en varios módulos, o deje que `dead-funcs` (en -O1 y -O2) elimine las funciones a las que nada llega.

e0230-explain =
    El módulo tiene más de 100.000 importaciones.
    Los motores rechazan los módulos con más importaciones (límite de V8, wasmir-spec/06-verifier.md §6.7.5). El diagnóstico se informa una sola vez, en la importación número 100.001.

    Ejemplo erróneo: un módulo generado con `import "env" "f0" fn @f0()` ... `import "env" "f100000" fn @f100000()`.

    Corrección: importe menos funciones, por ejemplo una que despache según un argumento.

e0231-explain =
    El módulo tiene más de 100.000 exportaciones.
    Los motores rechazan los módulos con más exportaciones (límite de V8, wasmir-spec/06-verifier.md §6.7.6). El diagnóstico se informa una sola vez, en la exportación número 100.001.

    Ejemplo erróneo: un módulo generado con `export "f0" fn @f0` ... `export "f100000" fn @f100000`.

    Corrección: exporte menos funciones, por ejemplo una que despache según un argumento, o divida el módulo.

e0232-explain =
    Un operador que lleva inmediatos está escrito sin ellos.
    Las cargas, los almacenamientos, `memory.*`, `global.get`/`global.set`, `slot.addr`, `data.addr` y `fn.index` nombran sus entidades en los inmediatos (wasmir-spec/06-verifier.md §6.8.1). En el texto, la falta de corchetes se informa antes como E0116; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0116):

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get
            return %v
    {"    }"}

    Corrección: dé a la instrucción los inmediatos de su formato: `global.get[$g]`.

e0233-explain =
    Los inmediatos de una instrucción no son los del formato de su operador.
    Una carga recibe un argumento de memoria, `global.get` una global, `slot.addr` una ranura, etc.; sin los inmediatos correctos, la instrucción no tiene tipos que comprobar (wasmir-spec/06-verifier.md §6.8.1). En el texto, el error se informa antes como E0116 o E0115; este código es para IR construida en memoria.

    Ejemplo erróneo (IR construida en memoria): un `global.get` construido con los inmediatos de una carga, un argumento de memoria en lugar de una global.

    Corrección: construya cada instrucción con los inmediatos del formato de su operador. Informe de la pasada o del generador que la construyó.

e0234-explain =
    Un inmediato nombra una memoria que no existe.
    El argumento de memoria de una carga o un almacenamiento, y la memoria de `memory.size`, `memory.grow`, `memory.copy` y `memory.fill`, es una memoria del módulo (wasmir-spec/06-verifier.md §6.8.2). En el texto, un `$name` desconocido se informa antes como E0113; este código es para IR construida en memoria, como un acceso que nombra la memoria 1 en un módulo con una sola memoria.

    Ejemplo erróneo (como texto, se informa como E0113):

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %n = memory.size[$heap]
            return %n
    {"    }"}

    Corrección: declare la memoria (`memory $heap 1`) o nombre la memoria del módulo.

e0235-explain =
    `global.get` o `global.set` nombra una global que no existe.
    La global da su tipo a la instrucción, así que debe existir (wasmir-spec/06-verifier.md §6.8.2). En el texto, un `$name` desconocido se informa antes como E0113; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0113):

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %v = global.get[$count]
            return %v
    {"    }"}

    Corrección: declare la global (`global $count: i32 mut = 0`) o nombre una existente.

e0236-explain =
    `slot.addr` nombra una ranura que su función no declara.
    Las ranuras son locales a su función: una ranura de otra función no está en el marco de esta (wasmir-spec/06-verifier.md §6.8.2, wasmir-spec/12-memory-and-module-entities.md §12.3.1). En el texto, un `#slot` desconocido se informa antes como E0117; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0117):

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Corrección: declare la ranura en esta función: `slot #buf: 8`.

e0237-explain =
    `data.addr`, como instrucción o como parte de datos, nombra un elemento de datos que no existe (wasmir-spec/06-verifier.md §6.8.2).
    En el texto, un `$name` desconocido se informa antes como E0113; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0113):

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
        ^entry:
            %p = data.addr[$msg]
            return %p
    {"    }"}

    Corrección: declare el elemento de datos (`data $msg = "hello"`) o nombre uno existente.

e0238-explain =
    `fn.index` o `call_indirect`, o una parte de datos, nombra una tabla que no existe (wasmir-spec/06-verifier.md §6.8.2).
    En el texto, un `$name` desconocido se informa antes como E0113; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0113):

        wasmir 0.2
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$fns, @f]
            return %i
    {"    }"}

    Corrección: declare la tabla (`table $fns: funcref`) o nombre una existente.

e0239-explain =
    `call_indirect` nombra una firma que no existe.
    La firma da a la llamada los tipos de sus argumentos y resultados, y se comprueba contra la función llamada en tiempo de ejecución (wasmir-spec/06-verifier.md §6.8.2, wasmir-spec/12-memory-and-module-entities.md §12.6). En el texto, un `$name` desconocido se informa antes como E0113; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0113):

        wasmir 0.2
        table $fns: funcref
        fn @f(i32) {"{"}
        ^entry(%i: i32):
            call_indirect[$fns, $sig] %i()
            return
    {"    }"}

    Corrección: declare la firma (`type $sig = fn()`) o nombre una existente.

e0240-explain =
    `fn.index`, como instrucción o como parte de datos, nombra una función que no existe (wasmir-spec/06-verifier.md §6.8.2).
    En el texto, un `@name` desconocido se informa antes como E0106; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0106):

        wasmir 0.2
        table $fns: funcref
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$fns, @g]
            return %i
    {"    }"}

    Corrección: defina o importe la función, o nombre una existente.

e0241-explain =
    El `align` de una carga o un almacenamiento no es una potencia de dos no mayor que los bytes a los que accede.
    wasm exige que su indicación de alineación sea una potencia de dos que no supere el ancho del acceso: 1 para `i32.load8_u`, 8 para `i64.load` (wasmir-spec/06-verifier.md §6.8.3).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        fn @f(ptr) -> i32 {"{"}
        ^entry(%p: ptr):
            %v = i32.load[$heap, align=8] %p
            return %v
    {"    }"}

    Corrección: use una alineación no mayor que el ancho (`align=4`), u omítala (por defecto es el ancho).

e0242-explain =
    `global.set` escribe en una global declarada sin `mut`.
    Una global inmutable conserva su valor inicial, como en wasm (wasmir-spec/06-verifier.md §6.8.4).

    Ejemplo erróneo:

        wasmir 0.2
        global $step: i32 = 3
        fn @f() {"{"}
        ^entry:
            %x = i32.const 1
            global.set[$step] %x
            return
    {"    }"}

    Corrección: declare la global como mutable (`global $step: i32 mut = 3`), o no escriba en ella.

e0243-explain =
    El módulo usa memoria, pero no declara ninguna.
    Las cargas, los almacenamientos, los operadores `memory.*`, las ranuras de pila (que residen en la pila sombra) y los elementos de datos necesitan todos la memoria del módulo (wasmir-spec/06-verifier.md §6.8.5).

    Ejemplo erróneo:

        wasmir 0.2
        data $msg = "hello"

    Corrección: declare una memoria, `memory $heap 1`, o importe una: `import "env" "memory" memory $heap 1`.

e0244-explain =
    El módulo declara más de una memoria.
    WasmIR 0.2 permite una sola memoria, importada o definida; las memorias múltiples quedan aplazadas, aunque todo acceso ya nombra su memoria (wasmir-spec/06-verifier.md §6.9.1).

    Ejemplo erróneo:

        wasmir 0.2
        memory $a 1
        memory $b 1

    Corrección: conserve una sola memoria y coloque en ella todos los datos.

e0245-explain =
    Los límites de una memoria no cumplen `min <= max <= 65536` páginas.
    Una página ocupa 64 KiB, y 65.536 páginas son los 4 GiB que alcanzan las direcciones `i32` (wasmir-spec/06-verifier.md §6.9.2).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 2 max 1

    Corrección: haga que el mínimo no supere el máximo (`memory $heap 1 max 2`), y ambos no superen 65536.

e0246-explain =
    El valor inicial de una global tiene un tipo distinto del de la global.
    El valor inicial es el valor de la global antes de cualquier escritura, así que tiene el tipo de la global (wasmir-spec/06-verifier.md §6.9.3). El texto lee el literal con el tipo de la global, así que solo la IR construida en memoria puede incumplir esta regla.

    Ejemplo erróneo (IR construida en memoria): `global $g: i64 = 0` cuya constante inicial se construyó como `i32.const 0`.

    Corrección: construya la constante inicial con el tipo de la global. Informe del generador que la construyó.

e0247-explain =
    Una global importada tiene un valor inicial.
    El anfitrión proporciona el valor de una global importada al instanciar el módulo (wasmir-spec/06-verifier.md §6.9.4). En el texto esto se informa antes como E0120; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0120):

        wasmir 0.2
        import "env" "g" global $g: i32 = 0

    Corrección: elimine el valor inicial: `import "env" "g" global $g: i32`.

e0248-explain =
    Una global definida no tiene valor inicial.
    El valor de una global antes de cualquier escritura es su valor inicial (wasmir-spec/06-verifier.md §6.9.4). En el texto esto se informa antes como E0120; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0120):

        wasmir 0.2
        global $count: i32 mut

    Corrección: dé a la global un valor inicial: `global $count: i32 mut = 0`.

e0249-explain =
    La alineación de un elemento de datos no es una potencia de dos menor o igual que 65.536.
    Los elementos de datos se colocan en memoria en una dirección múltiplo de su alineación (wasmir-spec/06-verifier.md §6.9.5, wasmir-spec/12-memory-and-module-entities.md §12.5).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        data $d align 3 = "abc"

    Corrección: use una potencia de dos: `data $d align 4 = "abc"`.

e0250-explain =
    La alineación de una ranura de pila no es una potencia de dos menor o igual que 65.536.
    Las ranuras se colocan en el marco de la función, en la pila sombra, en un múltiplo de su alineación (wasmir-spec/06-verifier.md §6.9.6, wasmir-spec/12-memory-and-module-entities.md §12.3).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
            slot #buf: 8 align 3
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Corrección: use una potencia de dos: `slot #buf: 8 align 4`.

e0251-explain =
    Una ranura de pila ocupa más de 2^31 bytes.
    Todo desplazamiento dentro de un marco cabe en un `i32` (wasmir-spec/06-verifier.md §6.9.6).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        fn @f() -> ptr {"{"}
            slot #buf: 2147483649
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Corrección: guarde los búferes grandes en un elemento de datos o en memoria obtenida con `memory.grow`, no en la pila.

e0252-explain =
    Un elemento de datos ocupa más de 2^32 - 1 bytes.
    Un elemento de datos cabe en una memoria de 32 bits, con su dirección y su tamaño en `i32` (wasmir-spec/06-verifier.md §6.9.5).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        data $big = [zero 4294967295, zero 1]

    Corrección: reduzca el elemento; los búferes grandes inicializados a cero pueden obtenerse en tiempo de ejecución con `memory.grow`.

e0253-explain =
    El `addend` de una dirección de datos apunta más allá del final de su elemento.
    Un `data.addr`, como instrucción o como parte de datos, puede apuntar dentro de su elemento o una posición más allá de su final, como con cualquier objeto de Rust, pero no más lejos (wasmir-spec/06-verifier.md §6.9.7).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1
        data $msg = "abc"
        data $p align 4 = [data.addr[$msg, addend=4]]

    Corrección: use un sumando no mayor que el tamaño del elemento (aquí, 3).

e0254-explain =
    Dos entidades `$` de nivel de módulo comparten un nombre.
    Las memorias, las globales, las tablas, las firmas y los elementos de datos comparten un único espacio de nombres, ya que un inmediato nombra su entidad solo por el nombre (wasmir-spec/06-verifier.md §6.1.4). En el texto, un `$name` repetido se informa antes como E0114; este código es para IR construida en memoria.

    Ejemplo erróneo (como texto, se informa como E0114):

        wasmir 0.2
        memory $heap 1
        global $heap: i32 = 0

    Corrección: renombre una de las entidades.

e0255-explain =
    Una global tiene tipo `i128`.
    Las globales de wasm contienen como máximo 64 bits; `legalize-i128` divide los valores `i128` en dos `i64`, pero no las globales, que el anfitrión ve como una única global wasm (wasmir-spec/06-verifier.md §6.9.8, wasmir-spec/03-module-and-types.md §3.4.1).

    Ejemplo erróneo:

        wasmir 0.2
        global $total: i128 mut = 0

    Corrección: guarde el valor de 128 bits en memoria (un elemento de datos de 16 bytes, leído con dos `i64.load`), como hace rustc con un static de 128 bits.

e0256-explain =
    Se usa un valor después de haberlo movido.
    Un uso que consume pone fin a un valor `own` o `linear`: una llamada que lo toma como `own` o `linear`, un argumento de salto pasado a un parámetro de bloque que toma su propiedad, `return` o `drop`. En ese camino el valor deja de existir, y cualquier uso posterior, incluso una lectura de sus bits o un préstamo, es un error; también lo es un uso al que un movimiento llega solo por algunos de los caminos que conducen a él (wasmir-spec/06-verifier.md §6.10). Como en la SSA con propiedad de Swift SIL, la clase es una propiedad del valor, y cada posición indica si lo consume.

    Ejemplo erróneo:

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        import "env" "look" fn @look(borrow i32)
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            call @eat(%h)
            call @look(%h)
            return
    {"    }"}

    Corrección: use el valor antes del movimiento (`call @look(%h)` y después `call @eat(%h)`), o haga que la función que lo consume devuelva un valor nuevo y use ese.

e0257-explain =
    Un valor `own` o `linear` se consume dos veces.
    Una obligación se salda como máximo una vez en cada camino: después de un uso que consume (una llamada que toma `own` o `linear`, un argumento de salto pasado a un parámetro que toma su propiedad, `return`, `drop`) el valor ya no existe, y un segundo consumo en el mismo camino es un error. Dentro de un bucle, el consumo de un valor definido antes del bucle se repite en la iteración siguiente (wasmir-spec/06-verifier.md §6.10).

    Ejemplo erróneo:

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

    Corrección: consuma el valor una sola vez, por ejemplo después del bucle, en `^exit`; para consumir un valor por iteración, llévelo al bucle como parámetro de bloque de `^head` y pase un valor nuevo (devuelto por una llamada, por ejemplo) en el salto de vuelta.

e0258-explain =
    Un valor `linear` nunca se consume.
    Un valor `linear` se consume exactamente una vez en cada camino que retorna normalmente: se pasa a una función o a un parámetro de bloque que lo toma, se devuelve o se termina con `drop`. WasmIR nunca descarta un valor implícitamente; un valor lineal sin ningún uso que lo consuma se señala en su definición (wasmir-spec/06-verifier.md §6.10). En cambio, un valor `own` es afín: se consume como máximo una vez y puede quedar sin consumir. Un camino que termina en `trap` no debe nada.

    Ejemplo erróneo:

        wasmir 0.3
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            return
    {"    }"}

    Corrección: consuma el valor: páselo a una función que lo tome (`call @eat(%h)`, con `import "env" "eat" fn @eat(linear i32)`), devuélvalo, o termínelo con `drop %h` después de llamar a su destructor. Si es correcto dejarlo sin consumir, declárelo `own`.

e0259-explain =
    Un valor `linear` no se consume en un camino que retorna.
    La regla lineal se cumple en cada camino que retorna normalmente: un `return` alcanzado mientras el valor sigue vivo deja escapar su obligación, aunque otros caminos lo consuman. Un camino que termina en `trap` queda exento, porque una trampa aborta toda la llamada y salda todas las obligaciones (wasmir-spec/06-verifier.md §6.10).

    Ejemplo erróneo:

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

    Corrección: consuma el valor también en ese camino (`drop %h` o una llamada que lo tome, antes del `return` de `^b`), o termine el camino con `trap` si no debe retornar.

e0260-explain =
    Un valor `linear` o un préstamo se consume en algunos caminos que llegan a un bloque y en otros no.
    Donde los caminos se unen, el verificador necesita saber si el valor sigue vivo. Para un valor `own`, un posible movimiento solo prohíbe los usos posteriores, pero un valor `linear` o un préstamo se consume en todos los caminos que entran en el bloque o en ninguno (wasmir-spec/06-verifier.md §6.10). Como en la SSA con propiedad de Swift SIL, una obligación que difiere de un camino a otro solo cruza una unión como argumento de bloque.

    Ejemplo erróneo:

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

    Corrección: consuma el valor también en el otro camino (`br_if %c, ^a, ^b` con un bloque `^b` que haga `drop %h` y `br ^j`), o consúmalo una sola vez después de la unión, en `^j`, en lugar de en `^a`.

e0261-explain =
    La clase de propiedad de un valor no coincide con la posición que lo usa.
    Las clases coinciden exactamente en las posiciones que consumen: un parámetro, un parámetro de bloque o un resultado declarado `own` toma un valor `own`, y uno declarado `linear` un valor `linear`. Un valor trivial (una constante, el resultado de una operación aritmética) solo se convierte en obligación mediante una creación explícita, `%v = own %x` o `%v = linear %x`, cuyo operando es trivial. Del mismo modo, `drop` toma un valor `own` o `linear`, `end_borrow` un préstamo abierto en la misma función, y un préstamo nunca va donde se espera un propietario (wasmir-spec/06-verifier.md §6.10).

    Ejemplo erróneo:

        wasmir 0.3
        import "env" "eat" fn @eat(linear i32)
        fn @f(i32) {"{"}
        ^entry(%x: i32):
            call @eat(%x)
            return
    {"    }"}

    Corrección: cree la obligación explícitamente y pase el valor nuevo: `%l = linear %x` y después `call @eat(%l)`.

e0262-explain =
    Se mueve un valor mientras está prestado.
    `%b = borrow %h` y `%b = borrow mut %h` abren un ámbito de préstamo, que `end_borrow %b` cierra. Mientras el préstamo está vivo, su propietario `%h` no puede consumirse (pasarse a una posición `own` o `linear`, como argumento de salto o con `return`): el préstamo se referiría a un valor que ya no existe (wasmir-spec/06-verifier.md §6.10). Rust informa del mismo error como E0505.

    Ejemplo erróneo:

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

    Corrección: termine el préstamo antes del movimiento: `end_borrow %b` y después `call @eat(%h)`.

e0263-explain =
    Un préstamo sigue vivo cuando su propietario termina.
    Todo préstamo de un valor termina antes que el propio valor: un `drop` del propietario, o un `end_borrow` de un propietario que es a su vez un préstamo, mientras un préstamo suyo está vivo dejaría ese préstamo sin nada a lo que referirse. Por eso los ámbitos de préstamo están correctamente anidados en cada camino (wasmir-spec/06-verifier.md §6.10). Rust informa del mismo error como E0597.

    Ejemplo erróneo:

        wasmir 0.3
        fn @f(linear i32) {"{"}
        ^entry(%h: linear i32):
            %b = borrow %h
            drop %h
            end_borrow %b
            return
    {"    }"}

    Corrección: termine primero el préstamo: `end_borrow %b` y después `drop %h`.

e0264-explain =
    Se accede a un propietario de una forma que entra en conflicto con un préstamo vivo suyo.
    Un préstamo exclusivo (`borrow mut`) excluye cualquier otro acceso a su propietario hasta su `end_borrow`: leer el propietario, pasarlo a un parámetro `borrow` o volver a tomarlo prestado son errores. Un préstamo compartido (`borrow`) permite lecturas y otros préstamos compartidos, pero ningún préstamo exclusivo del mismo propietario (wasmir-spec/06-verifier.md §6.10).

    Ejemplo erróneo:

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

    Corrección: termine el préstamo exclusivo antes del otro acceso (mueva `call @look(%h)` después de `end_borrow %m`, o antes de `%m = borrow mut %h`), o haga el acceso a través del propio préstamo.

e0265-explain =
    Un préstamo no se termina en un camino que retorna.
    Un préstamo abierto en el cuerpo de una función se comprueba como un valor `linear` cuyo único uso que consume es `end_borrow`: su ámbito se cierra en cada camino que retorna normalmente, aunque el propietario sea `own` y pueda quedar él mismo sin consumir. Un parámetro prestado es la excepción (su ámbito es toda la llamada), y un camino que termina en `trap` queda exento (wasmir-spec/06-verifier.md §6.10).

    Ejemplo erróneo:

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

    Corrección: cierre el ámbito también en ese camino (`end_borrow %r` antes del `return` de `^b`), o ciérrelo una sola vez en `^entry`, antes del `br_if`, si ninguna de las ramas usa el préstamo.

e0266-explain =
    Se escribe un valor `linear` en memoria o en una global.
    Las obligaciones solo viven donde el verificador puede seguirlas: en valores SSA y en tablas propietarias. La memoria y las globales solo contienen bits, y cualquier puntero puede apuntar a la misma memoria, así que un valor `linear` (o un préstamo de uno) no puede ser el valor que escribe un store o `global.set`. Un valor `own` sí puede almacenarse: eso solo lee sus bits, y el valor SSA sigue siendo propietario (wasmir-spec/06-verifier.md §6.10).

    Ejemplo erróneo:

        wasmir 0.3
        memory $mem 1
        fn @f(linear i32, ptr) {"{"}
        ^entry(%h: linear i32, %p: ptr):
            i32.store[$mem] %p, %h
            drop %h
            return
    {"    }"}

    Corrección: mantenga el valor en forma SSA (páselo como argumento de bloque, o a una función que lo tome), y almacene en memoria y en las globales solo valores triviales.

e0267-explain =
    Un calificador de propiedad aparece donde no está permitido.
    `own` y `linear` califican parámetros de función, resultados de función y parámetros de bloque. Un préstamo (`borrow`, `borrow mut`) vive dentro de un solo cuerpo de función y nunca cruza un salto ni un retorno, así que solo califica parámetros de función (y los del bloque de entrada, que los repiten): ni resultados, ni parámetros de otros bloques (wasmir-spec/06-verifier.md §6.10).

    Ejemplo erróneo:

        wasmir 0.3
        fn @f(borrow i32) -> borrow i32 {"{"}
        ^entry(%b: borrow i32):
            return %b
    {"    }"}

    Corrección: devuelva en su lugar un propietario (`-> own i32` o `-> linear i32`, con un valor de esa clase), o un `i32` trivial si quien llama solo necesita los bits. Para un parámetro de bloque, pase el propietario al bloque y vuelva a tomarlo prestado allí.

e0268-explain =
    El tipo de elemento de una tabla no es un tipo referencia.
    Una tabla contiene referencias, no números: `funcref` para las funciones que llama `call_indirect` y numera `fn.index`, `externref` para los valores que pasa el anfitrión (wasmir-spec/06-verifier.md §6.9, wasmir-spec/12-memory-and-module-entities.md §12.6).

    Ejemplo erróneo:

        wasmir 0.3
        table $t: i32

    Solución: declare `table $t: funcref` o `table $t: externref`. Para guardar números, use la memoria (un dato).

e0269-explain =
    Se usa un tipo referencia donde WasmIR 0.3 no lo permite: como tipo de una global, en un dato o como constante.
    Las referencias son opacas: viven en valores SSA (parámetros de bloque, argumentos y resultados de llamadas) y en tablas, nunca en la memoria lineal, y no tienen literales (wasmir-spec/03-module-and-types.md §3.4.2, wasmir-spec/06-verifier.md §6.9). Las globales de referencia quedan para una versión posterior.

    Ejemplo erróneo:

        wasmir 0.3
        global $g: externref mut = 0

    Solución: guarde la referencia en una tabla (`table.set[$t] %i, %r`, leída con `table.get`) y cree una referencia nula con `externref.null` o `funcref.null`.

e0270-explain =
    `call_indirect` o `fn.index` nombra una tabla cuyos elementos no son `funcref`.
    Solo una tabla `funcref` contiene funciones: `fn.index` coloca una función en ella y `call_indirect` llama a lo que contiene (wasmir-spec/12-memory-and-module-entities.md §12.6).

    Ejemplo erróneo:

        wasmir 0.3
        table $t: externref
        fn @f() -> i32 {"{"}
        ^entry:
            %i = fn.index[$t, @f]
            return %i
    {"    }"}

    Solución: declare una tabla `funcref` (`table $fns: funcref`) y nómbrela en `fn.index` y `call_indirect`.

e0301-explain =
    Flujo de control irreducible: un bucle en el que se entra por más de un bloque.
    wasm solo tiene bucles estructurados, en los que se entra por su cabecera; un salto hacia atrás a un bloque que no domina su origen no tiene forma en wasm sin duplicar código (wasmir-spec/07-lowering.md §7.3). El verificador acepta esa IR; el emisor no puede traducirla.

    Ejemplo erróneo (`wirc build -O0`; el optimizador puede eliminar un bucle tan pequeño):

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

    Corrección: dé al bucle un único bloque de entrada que lo domine, por ejemplo una nueva cabecera a la que salten todas las entradas y que despache con `switch`.

e0302-explain =
    Un operador para el que este emisor no tiene traducción.
    La IR es más reciente que el emisor: una versión menor puede añadir operadores (wasmir-spec/08-versioning.md, wasmir-spec/07-lowering.md §7.4). El analizador sintáctico y el emisor del propio wirc están de acuerdo, así que el código procede de una biblioteca de IR más reciente enlazada con un wasmir-emit más antiguo.

    Ejemplo erróneo: un módulo construido con un wasmir-syntax más reciente que usa un operador añadido después de la publicación de este emisor, pasado a esta versión de `wasmir_emit`.

    Corrección: actualice wasmir-emit a la versión de la IR, o reescriba el operador con operadores más antiguos.

e0303-explain =
    El módulo incumple un invariante que garantiza el verificador, y el emisor no puede traducirlo.
    El emisor solo acepta módulos válidos (wasmir-spec/07-lowering.md; la validez, en el capítulo 6); informa de este código en lugar de entrar en pánico. Con `invalid-ir`, el módulo no se verificó: `wirc check` explica el código del verificador que nombra el mensaje. En caso contrario, el verificador aceptó un módulo que no debería haber aceptado: un error del compilador.

    Ejemplo erróneo: un programa que construye IR en memoria (sin ningún bloque, o con un bloque sin terminador) y llama al emisor sin verificarla.

    Corrección: verifique el módulo antes de emitirlo y corrija los errores del verificador; si `wirc check` acepta el archivo .wir, por favor, informe del error junto con ese archivo (`-O0` evita las pasadas de optimización).

e0304-explain =
    Una función necesita más de 50.000 variables locales, incluidos sus parámetros.
    Los motores rechazan esas funciones (los límites de implementación de la API de JS; wasmir-spec/07-lowering.md §7.8, wasmir-spec/06-verifier.md §6.7). Los valores comparten una variable local cuando sus intervalos de vida no se solapan, así que la cuenta es la de los valores vivos a la vez, más las variables locales auxiliares.

    Ejemplo erróneo: una función generada que primero calcula 60.000 valores y los usa todos al final:

        %v0 = i32.const 0
        ; %v1 to %v59998 likewise
        %v59999 = i32.const 59999

    Corrección: divida la función, o mantenga menos valores vivos a la vez.

e0305-explain =
    El código de una función ocupa más de 7.654.321 bytes.
    Los motores rechazan un cuerpo de función de más de ese tamaño, incluidas las declaraciones de variables locales (wasmir-spec/07-lowering.md §7.8).

    Ejemplo erróneo: una función generada con millones de instrucciones en código lineal, como un bucle completamente desenrollado.

    Corrección: divida la función en varias más pequeñas, o mantenga el bucle en lugar de desenrollarlo.

e0306-explain =
    Un `switch` necesitaría un `br_table` de más de 65.520 entradas.
    V8 acepta como máximo 65.520 entradas de `br_table` (wasmir-spec/07-lowering.md §7.6, §7.8). La traducción de `switch` usa la forma dispersa para esos rangos, así que este código es la última línea de defensa del emisor y no debería producirse a partir de un `switch`.

    Ejemplo erróneo: una futura traducción que escriba un `br_table` denso para casos repartidos sobre 100.000 valores.

    Corrección: divida el switch en switches sobre rangos más pequeños (salte primero según si el valor está por debajo del caso central); si el mensaje procede de un simple `wirc build`, por favor, infórmelo.

e0307-explain =
    El módulo completo ocupa más de 1 GiB.
    Los motores rechazan un módulo de más de 1.073.741.824 bytes (wasmir-spec/07-lowering.md §7.8).

    Ejemplo erróneo: un módulo con varios GiB de código o de elementos de datos, como `data $big = [zero 1200000000]` con una memoria acorde.

    Corrección: divida el programa en varios módulos, y cree los búferes grandes inicializados a cero en tiempo de ejecución (`memory.grow`) en lugar de escribirlos en el módulo.

e0308-explain =
    La memoria es demasiado pequeña para la pila sombra y los elementos de datos.
    Al iniciarse el módulo, la pila sombra (1 MiB por defecto, cuando alguna función tiene ranuras de pila) y todos los elementos de datos se colocan en la memoria, que debe admitir suficientes páginas (wasmir-spec/12-memory-and-module-entities.md §12.3.3, §12.5).

    Ejemplo erróneo:

        wasmir 0.2
        memory $heap 1 max 1
        export "f" fn @f
        fn @f() -> ptr {"{"}
            slot #buf: 8
        ^entry:
            %p = slot.addr[#buf]
            return %p
    {"    }"}

    Corrección: aumente el `max` de la memoria (o elimínelo), reduzca los datos o elija un tamaño de pila menor.

e0309-explain =
    El módulo todavía tiene valores `i128` cuando llega al emisor.
    wasm no tiene enteros de 128 bits: la pasada `legalize-i128` divide cada `i128` en dos `i64` antes de la emisión (wasmir-spec/03-module-and-types.md §3.4.1, wasmir-spec/11-optimizations.md §11.2). wirc la ejecuta en todos los niveles `-O`, así que el código procede de programas que llaman directamente al emisor.

    Ejemplo erróneo: un programa que analiza un módulo que usa `i128.add` y llama a `wasmir_emit` sin ejecutar el optimizador.

    Corrección: ejecute `wasmir_opt::legalize_i128::run` sobre el módulo antes de emitirlo.

e0310-explain =
    El módulo todavía tiene información de propiedad cuando llega al emisor.
    wasm no tiene propiedad: la pasada `strip-ownership` borra las clases, las creaciones de obligaciones, los préstamos, `end_borrow` y `drop` antes de la emisión, para que ninguna pasada de optimización ni ningún backend los vea (wasmir-spec/11-optimizations.md §11.2). wirc la ejecuta en primer lugar, en todos los niveles `-O`, así que el código procede de programas que llaman directamente al emisor.

    Ejemplo erróneo: un programa que analiza un módulo que usa `drop` y llama a `wasmir_emit` sin ejecutar el optimizador.

    Corrección: ejecute `wasmir_opt::strip_ownership::run` sobre el módulo antes de emitirlo.

e0401-explain =
    No se puede leer un archivo de entrada. El mensaje muestra el error del sistema operativo.

    Ejemplo erróneo:

        wirc build missing.wir

    Corrección: compruebe que el archivo existe, que la ruta es correcta y que se puede leer.

e0402-explain =
    Una entrada `.wir` no es texto UTF-8.
    El formato de texto es UTF-8 (wasmir-spec/02-text-format.md §2.1). Solo `wirc run` acepta un binario wasm.

    Ejemplo erróneo:

        wirc check module.wasm

    Corrección: pase el archivo `.wir`, convierta el archivo a UTF-8, o ejecute el binario con `wirc run module.wasm --invoke f`.

e0403-explain =
    No se puede escribir una salida. El mensaje muestra el error del sistema operativo; no queda ningún archivo a medio escribir.

    Ejemplo erróneo:

        wirc build f.wir -o /no/such/dir/f.wasm

    Corrección: compruebe que el directorio de salida existe y que se puede escribir en él, y que el disco no está lleno.

e0420-explain =
    wasmtime no puede cargar el módulo pasado a `wirc run`.
    wirc valida lo que emite, así que esto procede de un archivo `.wasm` generado por otra herramienta, o dañado.

    Ejemplo erróneo:

        wirc run broken.wasm --invoke main

    Corrección: valide el módulo con `wasm-tools validate`, o vuelva a compilarlo a partir de su `.wir` con `wirc`.

e0421-explain =
    `wirc run --invoke` no nombra ninguna función exportada del módulo.
    Solo las funciones exportadas pueden llamarse desde fuera (wasmir-spec/03-module-and-types.md §3.3); la sugerencia enumera las funciones exportadas.

    Ejemplo erróneo:

        wirc run fib.wir --invoke fibonacci

    Corrección: invoque un nombre exportado (`--invoke fib`), o añada `export "fibonacci" fn @fib` al módulo.

e0422-explain =
    `wirc run` recibió un número incorrecto de argumentos para la función invocada.
    Cada parámetro de la función recibe un argumento en la línea de órdenes, después de las opciones.

    Ejemplo erróneo (`@fib` recibe un `i64`):

        wirc run fib.wir --invoke fib 10 20

    Corrección: pase un argumento por parámetro: `wirc run fib.wir --invoke fib 10`.

e0423-explain =
    El módulo importa funciones, y `wirc run` no proporciona funciones del anfitrión.
    Instanciar un módulo requiere todas sus importaciones (wasmir-spec/12-memory-and-module-entities.md §12.7); `wirc run` no proporciona ninguna, salvo la importación del mensaje de pánico de mir-export.

    Ejemplo erróneo (`wirc run m.wir --invoke log 1`):

        wasmir 0.2
        import "env" "log" fn @log(i32)
        export "log" fn @log

    Corrección: ejecute el módulo en un anfitrión que proporcione las importaciones, o elimine la importación (un módulo hecho para `wirc run` calcula y devuelve resultados).

e0424-explain =
    La función invocada produjo una trampa.
    Una trampa es la forma wasm de un pánico de Rust o de una operación indefinida: `trap`, división por cero, desbordamiento en una aritmética comprobada, un acceso fuera de límites, ... (wasmir-spec/01-overview.md §1.3). El mensaje indica el tipo de trampa, y la ubicación cuando el módulo tiene ubicaciones.

    Ejemplo erróneo (`wirc run f.wir --invoke f 0`):

        wasmir 0.2
        export "f" fn @f
        fn @f(i32) -> i32 {"{"}
        ^entry(%x: i32):
            %one = i32.const 1
            %q = i32.div_u %one, %x
            return %q
    {"    }"}

    Corrección: pase argumentos con los que la función no produzca una trampa, o proteja la operación (compare con cero y salte).

e0425-explain =
    Un argumento de `wirc run` no se puede interpretar como del tipo de su parámetro.
    Los enteros aceptan el rango con signo o sin signo de su ancho; los flotantes aceptan decimales, `inf` y `nan`.

    Ejemplo erróneo (`@fib` recibe un `i64`):

        wirc run fib.wir --invoke fib ten

    Corrección: escriba un número del tipo del parámetro: `wirc run fib.wir --invoke fib 10`.

e0426-explain =
    `wirc run --backend interp` o `--backend native` recibió un binario wasm.
    El intérprete de referencia y el backend nativo (Cranelift) ejecutan WasmIR, no wasm.

    Ejemplo erróneo:

        wirc run fib.wasm --backend interp --invoke fib 10

    Corrección: pase el archivo `.wir` al intérprete, o ejecute el archivo `.wasm` con `--backend wasmtime` (el valor por defecto).

e0427-explain =
    `--passes` o `--print-after` nombra una pasada que no está registrada.
    `wirc passes` enumera las pasadas y la secuencia de pasadas por defecto (wasmir-spec/11-optimizations.md §11.2).

    Ejemplo erróneo:

        wirc build f.wir --passes=const-fold,inline

    Corrección: use nombres registrados, por ejemplo `--passes=const-fold,dce`.

e0428-explain =
    `wirc explain` recibió un código que no tiene explicación.
    Los códigos se escriben como `E` seguida de cuatro dígitos (se aceptan `E0203`, `e0203` o `0203`), y cada etapa tiene su propio rango: E00xx/E01xx texto, E02xx verificador, E03xx emisor, E04xx wirc, E05xx mir-export.

    Ejemplo erróneo:

        wirc explain E9999

    Corrección: copie el código de un diagnóstico, como en `error[E0203]`, y ejecute `wirc explain E0203`.

e0429-explain =
    Error interno del compilador: el backend nativo (`wirc run --backend native`, Cranelift en el proceso) no pudo compilar el módulo.
    Todo módulo que el verificador acepta debería compilar; es un error del backend, y el mensaje dice lo que informó Cranelift.

    Solución: informe del error con el archivo `.wir`; mientras tanto, ejecute el módulo con `--backend wasmtime` (por defecto) o `--backend interp`.

e0498-explain =
    Error interno del compilador: el módulo emitido no supera la validación.
    Todo módulo que devuelve el emisor es wasm válido (wasmir-spec/07-lowering.md); aun así, wirc lo valida, e informa de este código en lugar de escribir un archivo no válido.

    Ejemplo erróneo: cualquier entrada con la que ocurra es un error de wirc, no de la entrada.

    Corrección: por favor, infórmelo junto con el archivo .wir; mientras tanto, `-O0` puede evitar el problema cuando interviene una optimización.

e0499-explain =
    Error interno del compilador: una pasada de optimización rompió una IR válida.
    Toda pasada transforma IR válida en IR válida (wasmir-spec/11-optimizations.md §11.1); wirc verifica después de cada pasada e informa de este código, con la pasada y el primer error del verificador, en lugar de emitir código incorrecto.

    Ejemplo erróneo: cualquier entrada con la que ocurra es un error de la pasada indicada, no de la entrada.

    Corrección: por favor, infórmelo junto con el archivo .wir; mientras tanto, `-O0`, o `--passes` sin la pasada indicada, lo evita.

e0500-explain =
    El controlador de mir-export no pudo ejecutarse: una línea de órdenes incorrecta, un modo de pánico desconocido, una compilación de rustc fallida, una construcción fallida del sysroot de MIR o una salida que no se puede escribir (crates/mir-export/README.md).

    Ejemplo erróneo:

        mir-export src/lib.rs --panic=unwind

    Corrección: siga el mensaje; aquí, use `--panic=trap` (el valor por defecto) o `--panic=message`. Si el que falló fue el propio rustc, corrija los errores que imprimió más arriba.

e0501-explain =
    Un rvalue de MIR fuera del subconjunto que traduce mir-export: variables locales de hilo (`ThreadLocalRef`), `Reborrow` o un `Aggregate` de una corrutina con campos (wasmir-spec/10-from-rust.md §10.5).

    Ejemplo erróneo:

        thread_local!(static N: core::cell::Cell<u32> = const {"{"} core::cell::Cell::new(0) {"}"});
        #[no_mangle]
        pub extern "C" fn bump() -> u32 {"{"} N.with(|n| {"{"} n.set(n.get() + 1); n.get() {"}"}) {"}"}

    Corrección: use un `static` (un atómico, o un `static mut` detrás de un envoltorio seguro) en lugar de una variable local de hilo: wasm32 sin hilos tiene un solo hilo.

e0502-explain =
    Una sentencia de MIR que mir-export no traduce (wasmir-spec/10-from-rust.md §10.5). Hoy no se rechaza ningún tipo de sentencia; solo se produce para un `CopyNonOverlapping` cuyo tipo apuntado no tiene un layout que mir-export pueda copiar.

    Ejemplo erróneo:

        unsafe {"{"} core::ptr::copy_nonoverlapping(src, dst, n) {"}"}   // with an unusual pointee type

    Corrección: copie a través de un puntero a bytes (`*const u8`) con el tamaño en bytes, e informe de la construcción si debería admitirse.

e0503-explain =
    Un terminador de MIR que mir-export no traduce: `Resume` (desenrollado) o `InlineAsm` (wasmir-spec/10-from-rust.md §10.5).
    Los pánicos abortan: el controlador añade `-C panic=abort`, así que `Resume` solo aparece cuando una opción pide desenrollado.

    Ejemplo erróneo:

        #[no_mangle]
        pub extern "C" fn f() {"{"} unsafe {"{"} core::arch::asm!("nop") {"}"} {"}"}

    Corrección: elimine el ensamblador en línea, y no pase `-C panic=unwind`.

e0504-explain =
    Un tipo fuera del subconjunto: `f16`, `f128`, vectores SIMD, una variable local sin tamaño (unsized), un tipo de más de 4 GiB o anidado a más de 24 niveles (wasmir-spec/10-from-rust.md §10.2, §10.5).
    WasmIR todavía no tiene tipos para ellos, ni traducción de SIMD.

    Ejemplo erróneo:

        #[no_mangle]
        pub extern "C" fn half(x: f32) -> f32 {"{"} (x as f16 / 2.0) as f32 {"}"}

    Corrección: calcule en `f32` o en `f64`; use arrays normales en lugar de vectores SIMD.

e0505-explain =
    Una proyección de lugar (place) que mir-export no traduce: `Index`, `ConstantIndex` o `Subslice` sobre un valor mantenido en SSA, o un `Deref` de algo que no es un puntero (wasmir-spec/10-from-rust.md §10.3, §10.5).
    La MIR de rustc no las produce hoy (los arrays residen en memoria), así que el código apunta a una MIR inusual o a un error.

    Ejemplo erróneo: MIR producida por un rustc más reciente que proyecta dentro de un valor SSA.

    Corrección: por favor, infórmelo junto con el código fuente de Rust; reescribir la expresión (indexar a través de una referencia, como en `(&arr)[i]`) puede evitarlo.

e0506-explain =
    Una constante que mir-export no traduce: una constante de clase `Ty`, `Unevaluated` o `Param`, un `ZeroSized` de tamaño no nulo, o un static cuyo inicializador no se puede evaluar (wasmir-spec/10-from-rust.md §10.5).

    Ejemplo erróneo: una constante genérica que sigue sin evaluar después de la monomorfización:

        fn f<const N: usize>() -> usize {"{"} N {"}"}

    Corrección: haga concreta la constante donde se usa (un elemento `const` o un literal), o informe de la construcción junto con su código fuente de Rust.

e0507-explain =
    Un intrínseco que mir-export no traduce ni de forma nativa ni mediante un cuerpo alternativo de core: los intrínsecos de flotantes al estilo de libm (`fmaf64`, `powif64`, `sinf64`, ...), o `size_of_val` de tipos sin tamaño distintos de los slices, `str` y `dyn` (wasmir-spec/10-from-rust.md §10.5).

    Ejemplo erróneo:

        #[no_mangle]
        pub extern "C" fn f(x: f64) -> f64 {"{"} x.sin() {"}"}

    Corrección: use una implementación en Rust puro (por ejemplo, el crate `libm`), que se compila a través de WasmIR como el resto del programa.

e0508-explain =
    Una función llamada a la que mir-export no puede llamar: una función sin cuerpo MIR (que no es externa ni un shim con cuerpo), una llamada a través de un valor que no es ni un elemento de función ni un puntero a función, o una llamada virtual cuyo receptor no es un puntero ancho (fat pointer) (wasmir-spec/10-from-rust.md §10.1, §10.5).

    Ejemplo erróneo: una llamada a una función de una dependencia compilada sin MIR (una rlib construida fuera de mir-export).

    Corrección: construya las dependencias a través de mir-export (`mir-export cargo build`, cuyo sysroot de MIR tiene todos los cuerpos), o declare la función como importación (`extern "C"`).

e0509-explain =
    Una conversión (cast) que mir-export no traduce: upcasting de traits (de `dyn B` a `dyn A`), otras conversiones a tipos sin tamaño (unsizing), un transmute entre tipos de tamaños distintos, o una conversión de punteros que tendría que inventar metadatos (wasmir-spec/10-from-rust.md §10.5).

    Ejemplo erróneo:

        trait A {"{"}{"}"}
        trait B: A {"{"}{"}"}
        fn up(b: &dyn B) -> &dyn A {"{"} b {"}"}

    Corrección: llame directamente a través de `dyn B`, o añada a `B` un método que devuelva `&dyn A`.

e0510-explain =
    Un operador de MIR que mir-export no traduce: un operador binario no aritmético sobre flotantes, o un operador comprobado distinto de `Add`, `Sub` y `Mul` (wasmir-spec/10-from-rust.md §10.4, §10.5).

    Ejemplo erróneo: MIR con un desplazamiento comprobado o un operador a nivel de bits sobre flotantes, que producen algunas versiones del compilador o algunos intrínsecos.

    Corrección: reescriba la operación con operadores admitidos (por ejemplo, los métodos wrapping y una comprobación explícita), e informe de la construcción junto con su código fuente de Rust.

e0511-explain =
    Una función exportada o importada cuya firma no está formada por escalares.
    Las funciones exportadas e importadas cruzan la frontera de wasm, donde solo existen números: cada parámetro es un entero, un flotante, un `bool`, un `char` o un puntero fino (thin pointer), y el resultado, un escalar o `()` (wasmir-spec/10-from-rust.md §10.1, crates/mir-export/README.md).

    Ejemplo erróneo:

        #[no_mangle]
        pub extern "C" fn sum(xs: &[u32]) -> u32 {"{"} xs.iter().sum() {"}"}

    Corrección: pase un slice como un puntero y una longitud: `sum(ptr: *const u32, len: usize)`, y devuelva las estructuras a través de un puntero de salida.

e0512-explain =
    El crate no está compilado para `wasm32`.
    Los punteros de WasmIR tienen 32 bits de ancho, y los layouts que lee mir-export proceden del target (wasmir-spec/10-from-rust.md §10.2); el controlador añade `--target=wasm32-unknown-unknown` salvo que la línea de órdenes indique otro target.

    Ejemplo erróneo:

        mir-export src/lib.rs --target=x86_64-unknown-linux-gnu

    Corrección: elimine la opción `--target`, o pase `--target=wasm32-unknown-unknown`.

e0513-explain =
    Error interno: no se cumple un invariante de mir-export, o el módulo que construyó no supera la verificación (el mensaje indica el código del verificador). Se informa en lugar de producir un pánico, y no se escribe nada.

    Ejemplo erróneo: cualquier entrada de Rust con la que ocurra es un error de mir-export, no de la entrada.

    Corrección: por favor, infórmelo junto con el código fuente de Rust y el mensaje; mientras tanto, reescribir la construcción que señala el diagnóstico puede evitarlo.

e0514-explain =
    Un valor de un tipo `#[wasm::linear]` está donde el verificador de WasmIR no puede seguir su obligación: en memoria (una variable local cuya dirección se toma, un valor demasiado grande para los registros), o dentro de un enum, una unión, un cierre o un arreglo. Los valores lineales deben vivir en valores SSA (wasmir-spec/13-ownership.md §13.6; decisión O11).

    Ejemplo erróneo: `let h = Handle::new(1); let r = &h;` (la referencia pone `h` en memoria), o `let o: Option<Handle> = Some(h);`.

    Solución: mantenga los valores lineales en variables locales y estructuras pasadas por valor, pase el valor mismo en lugar de una referencia, y descomponga un enum que contenga uno en sus variantes antes de que el valor pase a WasmIR.

