;; The fused training kernels as WebAssembly SIMD, run on the memory of TF.js's own wasm
;; backend: every pointer is the byte offset of a tensor on that heap. Four lanes at a
;; time, then one float at a time for the rest; both do the same f32 operations in the
;; same order, so an element's result does not depend on where it falls.
(module
  (import "env" "memory" (memory 1))

  ;; Adam as PyTorch computes it, for one parameter tensor of `length` floats:
  ;;   m' = beta1 m + (1 - beta1) g
  ;;   v' = beta2 v + (1 - beta2) g g
  ;;   p' = p - stepSize m' / (sqrt(v') / correction2 + epsilon)
  ;; with stepSize = lr / (1 - beta1^t) and correction2 = sqrt(1 - beta2^t).
  (func (export "adam")
    (param $parameter i32) (param $gradient i32) (param $first i32) (param $second i32)
    (param $newParameter i32) (param $newFirst i32) (param $newSecond i32)
    (param $length i32)
    (param $beta1 f32) (param $oneMinusBeta1 f32) (param $beta2 f32) (param $oneMinusBeta2 f32)
    (param $stepSize f32) (param $correction2 f32) (param $epsilon f32)
    (local $at i32) (local $bytes i32) (local $vectorBytes i32)
    (local $beta1x4 v128) (local $oneMinusBeta1x4 v128)
    (local $beta2x4 v128) (local $oneMinusBeta2x4 v128)
    (local $stepSizex4 v128) (local $correction2x4 v128) (local $epsilonx4 v128)
    (local $g v128) (local $m v128) (local $v v128)
    (local $gs f32) (local $ms f32) (local $vs f32)

    (local.set $bytes (i32.shl (local.get $length) (i32.const 2)))
    (local.set $vectorBytes (i32.and (local.get $bytes) (i32.const -16)))
    (local.set $beta1x4 (f32x4.splat (local.get $beta1)))
    (local.set $oneMinusBeta1x4 (f32x4.splat (local.get $oneMinusBeta1)))
    (local.set $beta2x4 (f32x4.splat (local.get $beta2)))
    (local.set $oneMinusBeta2x4 (f32x4.splat (local.get $oneMinusBeta2)))
    (local.set $stepSizex4 (f32x4.splat (local.get $stepSize)))
    (local.set $correction2x4 (f32x4.splat (local.get $correction2)))
    (local.set $epsilonx4 (f32x4.splat (local.get $epsilon)))

    (block $vectorsDone
      (loop $vectors
        (br_if $vectorsDone (i32.ge_u (local.get $at) (local.get $vectorBytes)))
        (local.set $g (v128.load (i32.add (local.get $gradient) (local.get $at))))
        (local.set $m
          (f32x4.add
            (f32x4.mul (local.get $beta1x4)
              (v128.load (i32.add (local.get $first) (local.get $at))))
            (f32x4.mul (local.get $oneMinusBeta1x4) (local.get $g))))
        (local.set $v
          (f32x4.add
            (f32x4.mul (local.get $beta2x4)
              (v128.load (i32.add (local.get $second) (local.get $at))))
            (f32x4.mul (f32x4.mul (local.get $oneMinusBeta2x4) (local.get $g))
              (local.get $g))))
        (v128.store (i32.add (local.get $newFirst) (local.get $at)) (local.get $m))
        (v128.store (i32.add (local.get $newSecond) (local.get $at)) (local.get $v))
        (v128.store (i32.add (local.get $newParameter) (local.get $at))
          (f32x4.sub
            (v128.load (i32.add (local.get $parameter) (local.get $at)))
            (f32x4.div
              (f32x4.mul (local.get $stepSizex4) (local.get $m))
              (f32x4.add
                (f32x4.div (f32x4.sqrt (local.get $v)) (local.get $correction2x4))
                (local.get $epsilonx4)))))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $vectors)))

    (block $scalarsDone
      (loop $scalars
        (br_if $scalarsDone (i32.ge_u (local.get $at) (local.get $bytes)))
        (local.set $gs (f32.load (i32.add (local.get $gradient) (local.get $at))))
        (local.set $ms
          (f32.add
            (f32.mul (local.get $beta1)
              (f32.load (i32.add (local.get $first) (local.get $at))))
            (f32.mul (local.get $oneMinusBeta1) (local.get $gs))))
        (local.set $vs
          (f32.add
            (f32.mul (local.get $beta2)
              (f32.load (i32.add (local.get $second) (local.get $at))))
            (f32.mul (f32.mul (local.get $oneMinusBeta2) (local.get $gs))
              (local.get $gs))))
        (f32.store (i32.add (local.get $newFirst) (local.get $at)) (local.get $ms))
        (f32.store (i32.add (local.get $newSecond) (local.get $at)) (local.get $vs))
        (f32.store (i32.add (local.get $newParameter) (local.get $at))
          (f32.sub
            (f32.load (i32.add (local.get $parameter) (local.get $at)))
            (f32.div
              (f32.mul (local.get $stepSize) (local.get $ms))
              (f32.add
                (f32.div (f32.sqrt (local.get $vs)) (local.get $correction2))
                (local.get $epsilon)))))
        (local.set $at (i32.add (local.get $at) (i32.const 4)))
        (br $scalars))))

  ;; A hidden layer after its matMul with ReLU: out = max((linear + bias) mask, 0), over
  ;; [rows, units], the mask left out when $hasMask is 0. pmax(0, x) gives 0 for NaN and
  ;; -0 as the JS `x > 0 ? x : 0` does.
  (func (export "biasDropoutRelu")
    (param $linear i32) (param $bias i32) (param $mask i32) (param $hasMask i32)
    (param $output i32) (param $rows i32) (param $units i32)
    (local $rowBytes i32) (local $vectorBytes i32) (local $column i32) (local $value v128)
    (local $scalar f32)

    (local.set $rowBytes (i32.shl (local.get $units) (i32.const 2)))
    (local.set $vectorBytes (i32.and (local.get $rowBytes) (i32.const -16)))

    (block $rowsDone
      (loop $eachRow
        (br_if $rowsDone (i32.eqz (local.get $rows)))
        (local.set $column (i32.const 0))

        (block $vectorsDone
          (loop $vectors
            (br_if $vectorsDone (i32.ge_u (local.get $column) (local.get $vectorBytes)))
            (local.set $value
              (f32x4.add
                (v128.load (i32.add (local.get $linear) (local.get $column)))
                (v128.load (i32.add (local.get $bias) (local.get $column)))))
            (if (local.get $hasMask)
              (then
                (local.set $value
                  (f32x4.mul (local.get $value)
                    (v128.load (i32.add (local.get $mask) (local.get $column)))))))
            (v128.store (i32.add (local.get $output) (local.get $column))
              (f32x4.pmax (v128.const f32x4 0 0 0 0) (local.get $value)))
            (local.set $column (i32.add (local.get $column) (i32.const 16)))
            (br $vectors)))

        (block $scalarsDone
          (loop $scalars
            (br_if $scalarsDone (i32.ge_u (local.get $column) (local.get $rowBytes)))
            (local.set $scalar
              (f32.add
                (f32.load (i32.add (local.get $linear) (local.get $column)))
                (f32.load (i32.add (local.get $bias) (local.get $column)))))
            (if (local.get $hasMask)
              (then
                (local.set $scalar
                  (f32.mul (local.get $scalar)
                    (f32.load (i32.add (local.get $mask) (local.get $column)))))))
            (f32.store (i32.add (local.get $output) (local.get $column))
              (select (local.get $scalar) (f32.const 0)
                (f32.gt (local.get $scalar) (f32.const 0))))
            (local.set $column (i32.add (local.get $column) (i32.const 4)))
            (br $scalars)))

        (local.set $linear (i32.add (local.get $linear) (local.get $rowBytes)))
        (local.set $mask (i32.add (local.get $mask) (local.get $rowBytes)))
        (local.set $output (i32.add (local.get $output) (local.get $rowBytes)))
        (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
        (br $eachRow))))

  ;; The slope of an activation from its output: 0 ReLU, 1 tanh, 2 sigmoid.
  (func $slope (param $output v128) (param $activation i32) (result v128)
    (if (result v128) (i32.eqz (local.get $activation))
      (then
        (v128.and (v128.const f32x4 1 1 1 1)
          (f32x4.gt (local.get $output) (v128.const f32x4 0 0 0 0))))
      (else
        (if (result v128) (i32.eq (local.get $activation) (i32.const 1))
          (then
            (f32x4.sub (v128.const f32x4 1 1 1 1)
              (f32x4.mul (local.get $output) (local.get $output))))
          (else
            (f32x4.mul (local.get $output)
              (f32x4.sub (v128.const f32x4 1 1 1 1) (local.get $output))))))))

  ;; Backprop through activation, dropout and bias over [rows, units]:
  ;;   linearGrad = outputGrad (slope(output) mask), biasGrad = its sum over the rows,
  ;; summed row after row. A lone float goes through $slope in lane 0.
  (func (export "activationGrad")
    (param $outputGrad i32) (param $output i32) (param $mask i32) (param $hasMask i32)
    (param $linearGrad i32) (param $biasGrad i32) (param $rows i32) (param $units i32)
    (param $activation i32)
    (local $rowBytes i32) (local $vectorBytes i32) (local $column i32)
    (local $gradient v128) (local $scalar f32)

    (local.set $rowBytes (i32.shl (local.get $units) (i32.const 2)))
    (local.set $vectorBytes (i32.and (local.get $rowBytes) (i32.const -16)))
    (memory.fill (local.get $biasGrad) (i32.const 0) (local.get $rowBytes))

    (block $rowsDone
      (loop $eachRow
        (br_if $rowsDone (i32.eqz (local.get $rows)))
        (local.set $column (i32.const 0))

        (block $vectorsDone
          (loop $vectors
            (br_if $vectorsDone (i32.ge_u (local.get $column) (local.get $vectorBytes)))
            (local.set $gradient
              (call $slope (v128.load (i32.add (local.get $output) (local.get $column)))
                (local.get $activation)))
            (if (local.get $hasMask)
              (then
                (local.set $gradient
                  (f32x4.mul (local.get $gradient)
                    (v128.load (i32.add (local.get $mask) (local.get $column)))))))
            (local.set $gradient
              (f32x4.mul (v128.load (i32.add (local.get $outputGrad) (local.get $column)))
                (local.get $gradient)))
            (v128.store (i32.add (local.get $linearGrad) (local.get $column))
              (local.get $gradient))
            (v128.store (i32.add (local.get $biasGrad) (local.get $column))
              (f32x4.add (v128.load (i32.add (local.get $biasGrad) (local.get $column)))
                (local.get $gradient)))
            (local.set $column (i32.add (local.get $column) (i32.const 16)))
            (br $vectors)))

        (block $scalarsDone
          (loop $scalars
            (br_if $scalarsDone (i32.ge_u (local.get $column) (local.get $rowBytes)))
            (local.set $scalar
              (f32x4.extract_lane 0
                (call $slope
                  (f32x4.splat (f32.load (i32.add (local.get $output) (local.get $column))))
                  (local.get $activation))))
            (if (local.get $hasMask)
              (then
                (local.set $scalar
                  (f32.mul (local.get $scalar)
                    (f32.load (i32.add (local.get $mask) (local.get $column)))))))
            (local.set $scalar
              (f32.mul (f32.load (i32.add (local.get $outputGrad) (local.get $column)))
                (local.get $scalar)))
            (f32.store (i32.add (local.get $linearGrad) (local.get $column))
              (local.get $scalar))
            (f32.store (i32.add (local.get $biasGrad) (local.get $column))
              (f32.add (f32.load (i32.add (local.get $biasGrad) (local.get $column)))
                (local.get $scalar)))
            (local.set $column (i32.add (local.get $column) (i32.const 4)))
            (br $scalars)))

        (local.set $outputGrad (i32.add (local.get $outputGrad) (local.get $rowBytes)))
        (local.set $output (i32.add (local.get $output) (local.get $rowBytes)))
        (local.set $mask (i32.add (local.get $mask) (local.get $rowBytes)))
        (local.set $linearGrad (i32.add (local.get $linearGrad) (local.get $rowBytes)))
        (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
        (br $eachRow)))))
