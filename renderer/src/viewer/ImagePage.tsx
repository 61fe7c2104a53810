import { useEffect, useState } from 'react'
import { fitWidthScale, type Zoom } from './zoom'

interface ImagePageProps {
  url: string
  zoom: Zoom
  rotation: number
  frameWidth: number
  alt: string
  onScale: (percent: number) => void
  onError: () => void
}

/** A JPEG/PNG scan in the same frame as PDF pages: 100 % is one image pixel per CSS pixel. */
export function ImagePage({ url, zoom, rotation, frameWidth, alt, onScale, onError }: ImagePageProps) {
  const [natural, setNatural] = useState<{ url: string; width: number; height: number } | null>(null)
  const size = natural?.url === url ? natural : null
  const sideways = rotation % 180 !== 0
  const boxWidth = size ? (sideways ? size.height : size.width) : 0
  const boxHeight = size ? (sideways ? size.width : size.height) : 0
  const scale = size ? (zoom === 'fit' ? fitWidthScale(frameWidth, boxWidth) : zoom / 100) : 1

  useEffect(() => {
    if (size) onScale(scale * 100)
    // onScale is a notification only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [size, scale])

  return (
    <div className="viewer-page">
      <div className="viewer-image-box" style={size ? { width: boxWidth * scale, height: boxHeight * scale } : undefined}>
        <img
          src={url}
          alt={alt}
          draggable={false}
          className="viewer-image"
          data-testid="viewer-image"
          data-page-number={1}
          data-rendered={size ? 'true' : 'false'}
          style={
            size
              ? { width: size.width * scale, height: size.height * scale, transform: `translate(-50%, -50%) rotate(${rotation}deg)` }
              : { visibility: 'hidden' }
          }
          onLoad={(e) => {
            const img = e.currentTarget
            setNatural({ url, width: img.naturalWidth, height: img.naturalHeight })
          }}
          onError={onError}
        />
      </div>
    </div>
  )
}
